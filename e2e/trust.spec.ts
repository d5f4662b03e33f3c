import type { Page, Route } from '@playwright/test';
import { test, expect, open } from './fixtures';
import { expectNoAxeViolations } from './axe';

const DATASET = '**/data/wuzhong-2024.json';

type DatasetJson = {
  documents: { id: string }[];
  indicators: { id: string; name: Record<string, string>; values: Record<string, unknown>[]; cited?: Record<string, unknown>[] }[];
};
const citedValue = (d: DatasetJson, id: string) => d.indicators.flatMap((i) => i.cited ?? []).find((v) => v.id === id)!;

/** Serves the real dataset with `change` applied to it. */
async function serveDataset(page: Page, change: (data: DatasetJson) => void) {
  await page.route(DATASET, async (route: Route) => {
    const response = await route.fetch();
    const data = await response.json();
    change(data);
    await route.fulfill({ response, json: data });
  });
}

test.describe('hostile and strange URLs', () => {
  // The parsers meet every value with every parameter in src/app/hostileUrls.test.ts; the browser
  // checks a sample end to end: every parameter and every value at least once, across the views.
  const VALUES = ['', 'x'.repeat(5000), '<script>alert(1)</script>', '"\'><img src=x onerror=alert(1)>', '(((', '__proto__', '%E0%A4%A'];
  const PARAMS = ['view', 'lang', 'q', 'section', 'theme', 'period', 'sort', 'dir', 'fig', 'zone', 'present', 'slide', 'doc'];
  const VIEWS = ['', 'view=figures&', 'view=report&', 'view=zones&', 'present=1&'];
  const SAMPLE = PARAMS.map((param, i) => ({ param, value: VALUES[i % VALUES.length]!, view: VIEWS[i % VIEWS.length]! }));
  for (const half of [0, 1]) {
    test(`a sample of empty, huge and hostile values gives a working page (${half + 1} of 2)`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      for (const { param, value, view } of SAMPLE.filter((_, i) => i % 2 === half)) {
        const query = `${param}=${value.startsWith('%') ? value : encodeURIComponent(value)}`;
        await open(page, `${view}${query}`);
        await expect(page.locator('#root'), `${view}${param}`).toContainText(/吴中区|Wuzhong|2024/);
        await expect(page.locator('img[src="x"]')).toHaveCount(0);
      }
      expect(dialogs).toEqual([]);
    });
  }
});

test.describe('a dataset that cannot be used', () => {
  test('a failed request is retried, then explained, with a retry button that works', async ({ page, guard }) => {
    guard.allowConsoleErrors(/Failed to load resource|500/);
    let fail = true;
    let attempts = 0;
    await page.route(DATASET, async (route) => {
      attempts++;
      if (fail) await route.fulfill({ status: 500, body: 'server error' });
      else await route.continue();
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('无法连接到数据文件', { timeout: 15_000 });
    await expect(alert).toContainText('HTTP 500');
    // The preload, then the app's first try and two retries.
    expect(attempts).toBeGreaterThanOrEqual(3);
    fail = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(page.locator('[data-indicator="gdp"] .tile-value')).toHaveText('1638亿元');
  });

  const CASES: [string, (data: DatasetJson) => void, RegExp][] = [
    ['a missing field', (d) => delete d.indicators[0]!.values[0]!.year, /indicators\[0\]\.values\[0\]\.year/],
    ['a wrong type', (d) => (d.indicators[2]!.values[0]!.value = 'two thousand'), /indicators\[2\]\.values\[0\]\.value/],
    ['an unknown unit', (d) => (d.indicators[1]!.values[0]!.unit = 'billion yuan'), /indicators\[1\]\.values\[0\]\.unit/],
    ['a duplicate id', (d) => (d.indicators[1]!.id = d.indicators[0]!.id), /indicators\[1\]\.id: duplicate id "gdp"/],
    [
      'HTML in a label',
      (d) => (d.indicators[0]!.name.zh = '<b onmouseover=alert(1)>地区生产总值</b>'),
      /indicators\[0\]\.name\.zh: text contains HTML markup/,
    ],
    [
      'a document missing from the registry',
      (d) => (d.documents = d.documents.filter((doc) => doc.id !== 'WZ-SB-2024')),
      /gdp@2024-wz-sb-2024: its document "WZ-SB-2024" is not in the registry/,
    ],
    [
      'a figure that differs from its reference row',
      (d) => (citedValue(d, 'industrial-investment@2024-wz-gwr-2025').growthPct = 10),
      /industrial-investment@2024-wz-gwr-2025: differs from figures\.tsv row 4: growthPct is "10", the row says "6\.6"/,
    ],
  ];
  test(`${CASES.map(([name]) => name).join(', ')}: each is named in the error`, async ({ page }) => {
    for (const [name, change, field] of CASES) {
      await page.unroute(DATASET);
      await serveDataset(page, change);
      await page.goto('./?lang=en');
      const alert = page.getByRole('alert');
      await expect(alert, name).toContainText('The data could not be loaded');
      await expect(alert, name).toContainText(field);
      await expect(page.locator('b[onmouseover]')).toHaveCount(0);
    }
  });

  test('an empty file is named as such', async ({ page }) => {
    await page.route(DATASET, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '' }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('The dataset file is empty.');
  });

  test('a quote that is not in the report is named above every view', async ({ page }) => {
    await serveDataset(page, (d) => (d.indicators[0]!.values[0]!.quote = '2023年完成地区生产总值1683亿元'));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('indicators[0].values[0].quote (gdp@2023): not found verbatim in the report');
    // The rest keeps working.
    await expect(page.locator('[data-indicator="budget-revenue"] .tile-value')).toHaveText('222.6亿元');
  });
});

test('a view that fails to load is contained; the rest keeps working', async ({ page, guard }) => {
  guard.allowConsoleErrors(/./);
  await page.route('**/assets/ClustersView-*.js', (route) => route.abort());
  await open(page);
  await page.getByRole('link', { name: '产业集群', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('此视图出错');
  await expect(alert.getByRole('button', { name: '重新载入页面' })).toBeVisible();
  await page.getByRole('link', { name: '数据台账', exact: true }).click();
  await expect(page.locator('.ledger-table tbody tr').first()).toContainText('1638亿元');
});

test.describe('accessibility', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const view of ['', 'view=clusters', 'view=zones&zone=new-city']) {
      test(`axe finds nothing on ${view || 'the overview'} in ${lang}`, async ({ page }) => {
        await open(page, `${view}${view ? '&' : ''}lang=${lang}`);
        await page
          .locator('details.source')
          .first()
          .evaluate((d) => ((d as HTMLDetailsElement).open = true));
        await expectNoAxeViolations(page);
        // Charts are checked again with their tables showing.
        if ((await page.locator('.chart-toggle').count()) > 0) {
          await page.locator('.chart-toggle').first().click();
          await expectNoAxeViolations(page);
        }
      });
    }
  }

  test('a keyboard-only walk reaches every control of the overview, with visible focus', async ({ page }) => {
    await open(page);
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex="0"]')]
        .filter((el) => el.checkVisibility() || el.classList.contains('skip-link'))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    const reached = new Set<string>();
    for (let i = 0; i < controls.length + 5; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { html: el.outerHTML.slice(0, 80), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (focused.html.startsWith('<body')) break;
      reached.add(focused.html);
      expect(focused.outline, `visible focus on ${focused.html}`).toBe(true);
    }
    expect(controls.filter((c) => !reached.has(c))).toEqual([]);
  });

  test('the skip link jumps to the content', async ({ page }) => {
    await open(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到主要内容' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  for (const view of ['', 'view=clusters', 'view=zones', 'view=figures', 'view=report']) {
    test(`${view || 'the overview'} reflows at 320 px (200% zoom) without losing content`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await open(page, view);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    });
  }

  test('honours prefers-reduced-motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, 'present=1&slide=2');
    await page.keyboard.press('p');
    const duration = await page.locator('.present-progress').evaluate((el) => getComputedStyle(el).animationDuration);
    expect(parseFloat(duration)).toBeLessThan(0.001);
  });
});
