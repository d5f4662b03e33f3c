import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Each deep link of issue #15, with a figure its page shows, in both languages. */
const PAGES = [
  { path: './', lang: 'zh', heading: null, figure: '[data-indicator="gdp"] .tile-value', text: ['1638亿元'] },
  { path: './en/', lang: 'en', heading: null, figure: '[data-indicator="gdp"] .tile-value', text: ['CNY 163.8 billion'] },
  {
    path: './clusters/',
    lang: 'zh',
    heading: '“333+N”产业集群',
    figure: '.chart-table tbody tr:first-child td[data-label="2023年实际"]',
    text: [/突破\s*1300\s*亿元/],
  },
  {
    path: './en/clusters/',
    lang: 'en',
    heading: 'The "333+N" industrial clusters',
    figure: '.chart-table tbody tr:first-child td[data-label="2023 actual"]',
    text: [/past CNY\s*130\s*billion/],
  },
  {
    path: './zones/new-city/',
    lang: 'zh',
    heading: null,
    figure: '.zone-panel [data-value] .figure',
    text: ['15个', '18个', '13个', '突破310亿元'],
  },
  {
    path: './en/zones/new-city/',
    lang: 'en',
    heading: null,
    figure: '.zone-panel [data-value] .figure',
    text: ['15', '18', '13', 'past CNY 31 billion'],
  },
  { path: './figures/', lang: 'zh', heading: null, figure: '[data-value="pm25@2023"] .cell-value', text: [/29\.2\s*微克\/立方米/] },
  { path: './en/figures/', lang: 'en', heading: null, figure: '[data-value="pm25@2023"] .cell-value', text: [/29\.2\s*µg\/m³/] },
  { path: './targets/', lang: 'zh', heading: null, figure: '[data-value="gdp@2024"]', text: [/地区生产总值/] },
  { path: './en/report/', lang: 'en', heading: null, figure: 'main h2', text: ['Report text'] },
  { path: './en/glossary/', lang: 'en', heading: null, figure: 'main h2', text: ['Glossary'] },
] as const;

const LANG_TAGS = { zh: 'zh-CN', en: 'en' };

/** Records, in this tab, any overview tile put in a page that had not decided to hide it: the overview flashing first. */
async function watchOverviewFlash(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((records) => {
      const shown = document.documentElement.getAttribute('data-first-view') !== 'none';
      for (const record of records)
        for (const node of record.addedNodes)
          if (
            shown &&
            node instanceof Element &&
            (node.matches('[data-indicator="gdp"]') || node.querySelector('[data-indicator="gdp"]'))
          ) {
            sessionStorage.setItem('overview-flash', location.href);
          }
    }).observe(document, { childList: true, subtree: true });
  });
}

test.describe('deep links with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, lang, figure, text, heading } of PAGES) {
    test(`${path} shows its figures in ${lang}, and its links lead to prerendered pages`, async ({ page, request, guard }) => {
      // The page preloads its dataset for the app; without JavaScript nothing reads it, and Chromium says so.
      guard.allowConsoleErrors(/wuzhong-2024\.json was preloaded using link preload but not used/);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAGS[lang]);
      const figures = page.locator(figure);
      if (text.length > 1) await expect(figures).toHaveText([...text]);
      else await expect(figures.first()).toHaveText(text[0]);
      if (heading) await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      // What needs JavaScript says so, with the way to the other language.
      await expect(page.locator('.noscript-note')).toContainText(lang === 'zh' ? '需要启用JavaScript' : 'need JavaScript');
      // Every link of the navigation is a page the build rendered, in the same language.
      const links = await page.locator('.site-nav a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      expect(links).toHaveLength(7);
      for (const href of links) {
        const target = await request.get(href);
        expect(target.status(), href).toBe(200);
        expect(await target.text(), href).toContain(`data-prerendered="${lang}"`);
      }
    });
  }

  test('the navigation and the language link lead from page to page', async ({ page }) => {
    await page.goto('./zones/new-city/');
    await page.getByRole('link', { name: '产业集群', exact: true }).click();
    await expect(page).toHaveURL(/\/clusters\/$/);
    await expect(page.getByRole('heading', { level: 2, name: '“333+N”产业集群' })).toBeVisible();
    await page.getByRole('link', { name: 'English version' }).click();
    await expect(page).toHaveURL(/\/en\/clusters\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Zones map', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/zones\/$/);
    await page.getByRole('link', { name: 'Overview', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('[data-indicator="gdp"] .tile-value')).toHaveText('CNY 163.8 billion');
    await page.getByRole('link', { name: '中文版' }).click();
    await expect(page.locator('[data-indicator="gdp"] .tile-value')).toHaveText('1638亿元');
  });

  test('each zone has its page, with its title', async ({ page }) => {
    await page.goto('./en/zones/');
    const zones = await page
      .locator('.zone-list-button[data-zone]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-zone')));
    expect(zones).toHaveLength(7);
    for (const zone of zones) {
      await page.goto(`./en/zones/${zone}/`);
      await expect(page.locator(`.zone-list-button[data-zone="${zone}"]`)).toHaveAttribute('aria-pressed', 'true');
      await expect(page).toHaveTitle(/· Zones map ·/);
    }
  });
});

test.describe('old addresses', () => {
  const LEGACY = [
    { from: './?view=clusters&lang=en', to: /\/en\/clusters\/$/, heading: 'The "333+N" industrial clusters' },
    { from: './?view=zones&zone=new-city', to: /\/zones\/new-city\/$/, heading: '三区一城与“四个一号”' },
    { from: './?view=figures&q=PM2.5', to: /\/figures\/\?q=PM2\.5$/, heading: '数据台账：各文件中的全部数字' },
    { from: './?lang=en', to: /\/en\/$/, heading: null },
    { from: './index.html?view=report&fig=pm25%402023', to: /\/report\/\?fig=pm25%402023$/, heading: '报告原文' },
  ];
  for (const { from, to, heading } of LEGACY) {
    test(`${from} lands on its view's page, with no overview first`, async ({ page }) => {
      await watchOverviewFlash(page);
      await page.goto(from);
      await expect(page).toHaveURL(to);
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      if (heading) {
        await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
        await expect(page.locator('[data-indicator="gdp"]')).toHaveCount(0);
        expect(await page.evaluate(() => sessionStorage.getItem('overview-flash'))).toBeNull();
      }
    });
  }

  test('a free-text search on the figures page shows only its rows, never the whole ledger first', async ({ page }) => {
    await page.goto('./figures/?q=PM2.5');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('.ledger-table tbody tr')).toHaveCount(1);
    await expect(page.locator('[data-value="pm25@2023"]')).toContainText('29.2');
  });

  test('a presenter link from a printed QR code opens the slide, not the dashboard first', async ({ page }) => {
    await watchOverviewFlash(page);
    await page.goto('./?present=1&slide=3');
    await expect(page.locator('.present-count')).toContainText('3 / 14');
    expect(await page.evaluate(() => sessionStorage.getItem('overview-flash'))).toBeNull();
  });

  test('in-app links are paths, right from every depth', async ({ page }) => {
    await page.goto('./en/zones/new-city/');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('link', { name: 'Industry clusters', exact: true })).toHaveAttribute('href', '../../../en/clusters/');
    await page.getByRole('link', { name: 'Industry clusters', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/clusters\/$/);
    await expect(page.getByRole('link', { name: 'Zones map', exact: true })).toHaveAttribute('href', '../../en/zones/');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/clusters\/$/);
    await expect(page.getByRole('link', { name: '三区一城', exact: true })).toHaveAttribute('href', '../zones/');
  });
});

test.describe('deep links offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('every prerendered page opens with the network off after one visit', async ({ page, context }) => {
    await page.goto('./zones/new-city/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    for (const { path, lang, figure, text } of PAGES) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAGS[lang]);
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      if (text.length > 1) await expect(page.locator(figure)).toHaveText([...text]);
      else await expect(page.locator(figure).first()).toHaveText(text[0]);
    }
    // An old address, offline too.
    await page.goto('./?view=clusters&lang=en');
    await expect(page).toHaveURL(/\/en\/clusters\/$/);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  });
});
