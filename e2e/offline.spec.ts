import { test, expect, open } from './fixtures';

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the whole dashboard works with the network off after one visit', async ({ page, context }) => {
    await open(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('[data-indicator="gdp"] .tile-value')).toHaveText('1638亿元');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');

    await page.getByRole('link', { name: '产业集群', exact: true }).click();
    // The robotics cluster's bars, offline: the 2021 result its document prints (745) and the derived 2022 size.
    await expect(page.locator('[data-cluster="cluster-robotics"] .bar-label').first()).toHaveText('745');
    await expect(page.locator('[data-cluster="cluster-robotics"] .bar-label', { hasText: '≈1023.6' })).toHaveCount(1);
    await page.getByRole('link', { name: '报告原文', exact: true }).click();
    await expect(page.getByRole('heading', { name: '2023年工作回顾' })).toBeVisible();
    await page.getByRole('link', { name: '数据台账', exact: true }).click();
    await expect(page.locator('.ledger-table tbody tr').first()).toContainText('1638亿元');

    // A fresh navigation, in English, to another view, still offline.
    await page.goto('./?view=zones&lang=en');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await page.goto('./?present=1&slide=4');
    await expect(page.locator('.present-count')).toContainText('4 / 14');
  });
});

test('says so when the dataset is newer than the one this browser showed last', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('wuzhong-dashboard.datasetVersion', '0.9.0');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await open(page);
  const notice = page.getByRole('status').filter({ hasText: '数据已更新' });
  await expect(notice).toHaveText(/数据集版本 0\.9\.0 → \d+\.\d+\.\d+/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByText('数据已更新')).toHaveCount(0);
});
