import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';

const PHONE = { width: 390, height: 844 } as const;
const REPORT = readFileSync('public/data/wuzhong-2024.report.zh.txt', 'utf8');

test.describe('the full report text', () => {
  test('the footer link opens the report view, relative to the page, and offers a UTF-8 download', async ({ page }) => {
    await open(page, 'lang=en');
    const link = page.locator('.site-footer').getByRole('link', { name: 'Full report (Chinese text)' });
    // A relative address works from any subpath a static host serves the app from.
    await expect(link).toHaveAttribute('href', /^\.\.\/en\/report\/$/);
    await link.click();
    await expect(page.getByRole('heading', { name: 'Report text', level: 2 })).toBeFocused();
    await expect(page.locator('.report-text')).toContainText('2023年完成地区生产总值1638亿元');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download the full text/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('wuzhong-2024.report.zh.txt');
    const bytes = readFileSync(await download.path());
    // The byte-order mark tells any editor the file is UTF-8, whatever the host said.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(REPORT);
  });

  test('works from a subpath of the host', async ({ page, baseURL }) => {
    const failed: string[] = [];
    // The same build, served under /wuzhong/ as a static host would.
    await page.route('**/wuzhong/**', async (route) => {
      const url = new URL(route.request().url());
      const response = await route.fetch({ url: new URL(url.pathname.replace(/^\/wuzhong\//, '/') + url.search, baseURL).href });
      await route.fulfill({ response });
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto('/wuzhong/');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await page.locator('.site-footer').getByRole('link', { name: '报告全文' }).click();
    await expect(page).toHaveURL(/\/wuzhong\/report\/$/);
    await expect(page.locator('.report-text')).toContainText('2023年完成地区生产总值1638亿元');
    expect(failed).toEqual([]);
  });
});

test.describe('page titles', () => {
  test('every view, and a selected zone, has its own title in both languages', async ({ page }) => {
    for (const [query, zh, en] of [
      ['', '吴中区2024年政府工作报告 · 数据看板', 'Wuzhong District 2024 Government Work Report · Dashboard'],
      ['view=clusters', '产业集群 · 吴中区2024年政府工作报告数据看板', 'Industry clusters · Wuzhong District'],
      ['view=zones', '三区一城 · 吴中区2024年政府工作报告数据看板', 'Zones map · Wuzhong District'],
      ['view=zones&zone=new-city', '吴中太湖新城 · 三区一城', 'Suzhou Wuzhong Taihu New City · Zones map'],
      ['view=figures', '数据台账 · 吴中区', 'All figures · Wuzhong District'],
      ['view=report', '报告原文 · 吴中区', 'Report text · Wuzhong District'],
    ] as const) {
      await open(page, query);
      await expect(page).toHaveTitle(new RegExp(`^${zh.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await open(page, `${query}${query ? '&' : ''}lang=en`);
      await expect(page).toHaveTitle(new RegExp(en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
  });

  test('follows in-app navigation and the selected zone', async ({ page }) => {
    await open(page);
    await page.getByRole('link', { name: '数据台账', exact: true }).click();
    await expect(page).toHaveTitle(/^数据台账 · /);
    await page.getByRole('link', { name: '三区一城', exact: true }).click();
    await page.locator('.zone-list-button[data-zone="resort"]').click();
    await expect(page).toHaveTitle(/^苏州太湖国家旅游度假区 · 三区一城/);
  });
});

/** Every cell of the table inside the screen, nothing to scroll sideways. */
async function expectTableFits(page: Page, table: string) {
  const problems = await page.locator(table).evaluate((element) => {
    const out: string[] = [];
    const box = element.closest('.table-scroll') as HTMLElement;
    if (box.scrollWidth > box.clientWidth + 1) out.push(`the table scrolls sideways by ${box.scrollWidth - box.clientWidth}px`);
    for (const cell of element.querySelectorAll<HTMLElement>('caption, tbody th, tbody td')) {
      const rect = cell.getBoundingClientRect();
      if (rect.width === 0) continue;
      if (rect.right > window.innerWidth + 1 || rect.left < -1) out.push(`outside the screen: ${cell.innerText.slice(0, 30)}`);
    }
    return out;
  });
  expect(problems).toEqual([]);
}

test.describe('tables on a phone', () => {
  test.use({ viewport: PHONE });

  for (const lang of ['zh', 'en'] as const) {
    test(`the ledger's rows are cards with every column visible (${lang})`, async ({ page }) => {
      await open(page, `view=figures&lang=${lang}`);
      await expectTableFits(page, '.ledger-table');
      const row = page.locator('tr[data-value="pm25@2023"]');
      // Each value says which column it is, and the source link is in reach.
      await expect(row.locator('td[data-label]')).toHaveCount(7);
      await row.scrollIntoViewIfNeeded();
      await expect(row.getByRole('link', { name: lang === 'zh' ? /原文/ : /Source/ })).toBeInViewport();
      await expect(row.locator('td.cell-value')).toBeVisible();
      // The sort buttons stay above the cards.
      await expect(page.locator('.ledger-table .sort-button').first()).toBeVisible();
      const caption = page.locator('.ledger-table caption');
      expect(await caption.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    });

    test(`the overview's targets table shows every column, arrows beside their values (${lang})`, async ({ page }) => {
      await open(page, `lang=${lang}`);
      await expectTableFits(page, '.targets-table');
      const row = page.locator('.targets-table tr[data-value="gdp@2024"]');
      await expect(row.locator('.col-source summary')).toBeVisible();
      // The source summary is one line, not a character a line.
      const summary = await row.locator('.col-source summary').boundingBox();
      expect(summary!.height).toBeLessThan(40);
      for (const change of await page.locator('.targets-table .change-main').all()) {
        const [arrow, text] = [await change.locator('.change-arrow').boundingBox(), await change.locator('.change-text').boundingBox()];
        expect(Math.abs(arrow!.y + arrow!.height / 2 - (text!.y + text!.height / 2))).toBeLessThan(8);
      }
    });
  }

  test('the cluster tables fit as cards', async ({ page }) => {
    await open(page, 'view=clusters&lang=en');
    await page.locator('.chart-toggle').first().click();
    await expectTableFits(page, '.chart-table .data-table >> nth=0');
  });
});

test.describe('zones on a touch phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('tapping a zone brings its details into view and focuses them', async ({ page }) => {
    await open(page, 'view=zones');
    await page.locator('.zone-list-button[data-zone="resort"]').tap();
    const panel = page.locator('#zone-panel');
    await expect(panel).toHaveAttribute('data-zone', 'resort');
    await expect(panel).toBeFocused();
    await expect(panel.getByRole('heading', { level: 3 })).toBeInViewport();
  });

  test('a zone arriving selected from a link is in view', async ({ page }) => {
    await open(page, 'view=zones&zone=new-city');
    await expect(page.locator('#zone-panel').getByRole('heading', { level: 3 })).toBeInViewport();
    await expect(page.locator('#zone-panel')).toBeFocused();
  });

  test('no arrow-key hint on a touch screen', async ({ page }) => {
    await open(page, 'view=zones');
    await expect(page.locator('.zone-map-hint')).toBeHidden();
  });

  test('a double tap selects, and does not undo itself', async ({ page }) => {
    await open(page, 'view=zones');
    const button = page.locator('.zone-list-button[data-zone="etdz"]');
    await button.scrollIntoViewIfNeeded();
    const box = (await button.boundingBox())!;
    // Two taps in one gesture, where the finger is.
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(150);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/\/zones\/etdz\/$/);
    // A later, separate tap still clears it.
    await page.waitForTimeout(700);
    await button.tap();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  });
});

test('a double click on the map selects, and does not undo itself', async ({ page }) => {
  await open(page, 'view=zones');
  await page.locator('.zone-map [role="button"][data-zone="resort"] .zone-shape').dblclick();
  await expect(page.locator('.zone-list-button[data-zone="resort"]')).toHaveAttribute('aria-pressed', 'true');
  // On a desk the panel stands beside the map: focus stays where the reader is.
  await expect(page.locator('#zone-panel')).not.toBeFocused();
});
