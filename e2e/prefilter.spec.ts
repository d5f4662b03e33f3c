import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// A shared search (figures/?q=…) cannot be prerendered: the figures page filters its prerendered
// rows in its <head>, by the app's own rule (src/features/figures/searchTerms.ts), before its
// scripts arrive; and the dataset the build validated is used without loading the validator.

/** Holds every script of the app until `release` is called: what a slow connection shows first. */
async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** The ledger rows on screen, and the documents listed under the table, once the page is parsed down to its footer. */
const shown = async (page: Page) => {
  await expect(page.locator('footer')).toBeAttached();
  return page.evaluate(() => {
    const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    return {
      rows: [...document.querySelectorAll<HTMLElement>('.ledger-table tbody tr')].filter(visible).map((tr) => tr.dataset.value),
      documents: [...document.querySelectorAll<HTMLElement>('.ledger-documents li')].filter(visible).map((li) => li.dataset.document),
      quotes: [...document.querySelectorAll('.ledger-table tbody tr .match-quote')].filter(visible).map((q) => q.textContent),
    };
  });
};

/** Every layout shift from the start of the page (no input happens). */
const watchShifts = (page: Page) =>
  page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });

test.describe('a search link on the figures page, before its scripts arrive', () => {
  for (const { path, q, rows } of [
    { path: './figures/?q=PM2.5', q: 'PM2.5', rows: ['pm25@2023'] },
    // Full-width letters match their ASCII forms, as in the app.
    { path: './en/figures/?q=%EF%BC%B0%EF%BC%AD%EF%BC%92.%EF%BC%95', q: 'ＰＭ２.５', rows: ['pm25@2023'] },
  ])
    test(`${path} paints only its rows, with its search, and the app then shows the same, without a shift`, async ({ page }) => {
      await watchShifts(page);
      const release = await holdScripts(page);
      await page.goto(path, { waitUntil: 'commit' });
      await expect(page.locator('html')).toHaveAttribute('data-prefilter', q);
      await expect(page.locator('main')).toBeVisible();
      await expect(page.getByRole('searchbox')).toHaveValue(q);
      const before = await shown(page);
      expect(before.rows).toEqual(rows);
      // The count is the app's to write: it is not shown wrong meanwhile.
      await expect(page.locator('.ledger-count')).toBeHidden();
      await expect(page.locator('html')).not.toHaveAttribute('data-ready', 'true');
      release();
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await expect(page.locator('.ledger-count')).toBeVisible();
      await expect(page.locator('[data-value="pm25@2023"] mark')).toHaveText('PM2.5');
      expect(await shown(page)).toEqual(before);
      expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThanOrEqual(0.02);
    });

  test('matches a document’s names, and lists only the documents of its rows, as the app does', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('./en/figures/?q=bulletin%202024', { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute('data-prefilter', 'bulletin 2024');
    const before = await shown(page);
    expect(before.rows.length).toBeGreaterThan(1);
    expect(before.documents).toEqual(['WZ-SB-2024']);
    release();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    expect(await shown(page)).toEqual(before);
    // The footer still lists every document.
    await expect(page.locator('footer li[data-document]')).not.toHaveCount(1);
  });

  test('a search with no match says so before the app, as the app does, without a shift', async ({ page }) => {
    await watchShifts(page);
    const release = await holdScripts(page);
    await page.goto('./figures/?q=zzzz-no-such-figure', { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute('data-prefilter', 'zzzz-no-such-figure');
    expect(await shown(page)).toEqual({ rows: [], documents: [], quotes: [] });
    const message = page.getByText('没有符合条件的数字');
    await expect(message).toBeVisible();
    await expect(page.locator('.section-intro')).toBeVisible();
    await expect(page.locator('.ledger-documents')).toBeHidden();
    const before = await message.boundingBox();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('.ledger-table tbody tr')).toHaveCount(0);
    await expect(message).toBeVisible();
    expect(await message.boundingBox()).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThanOrEqual(0.02);
  });

  test('paints the view as its page arrives, before the first matching row has (a slow connection)', async ({ page, baseURL }) => {
    // The page as a slow connection has delivered it so far: cut before the first PM2.5 row.
    const url = new URL('figures/?q=PM2.5', baseURL).href;
    const whole = await (await page.request.get(url)).text();
    const cut = whole.indexOf('<tr id="row-pm25@');
    expect(cut, 'the PM2.5 rows come after others').toBeGreaterThan(whole.indexOf('<tbody'));
    await holdScripts(page);
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: whole.slice(0, cut) }));
    await page.goto(url, { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute('data-prefilter', 'PM2.5');
    await expect(page.locator('.ledger-table thead')).toBeAttached();
    await expect(page.locator('.section-intro')).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeVisible();
    // Nothing is said to match or not yet: no row, and not the app's message.
    await expect(page.locator('.ledger-table tbody tr:visible')).toHaveCount(0);
    await expect(page.locator('.ledger-empty')).toBeHidden();
  });

  test('another filter (a sort) still waits for the app', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('./figures/?q=PM2.5&sort=value', { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute('data-first-view', 'main');
    await expect(page.locator('html')).not.toHaveAttribute('data-prefilter');
    await expect(page.locator('main')).toBeHidden();
    release();
    await expect(page.locator('[data-value="pm25@2023"]')).toBeVisible();
  });
});

test.describe('the dataset the build validated', () => {
  test('is used without loading the validator', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    await page.goto('./en/clusters/');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((path) => /datasetWorker|loadDataset/.test(path))).toEqual([]);
  });

  test('any other file is validated first, and one that fails shows why, on a prerendered page too', async ({ page }) => {
    await page.route('**/data/wuzhong-2024.json', async (route) => {
      const response = await route.fetch();
      const data = await response.json();
      data.indicators[0].values[0].value = 'lots';
      await route.fulfill({ response, json: data });
    });
    await page.goto('./en/clusters/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The data could not be loaded');
    await expect(alert).toContainText('indicators[0].values[0].value');
    // No figure of the prerendered page is left on screen.
    await expect(page.locator('[data-cluster="cluster-robotics"]')).toHaveCount(0);
  });
});
