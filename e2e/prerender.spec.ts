import { test, expect } from './fixtures';

test.describe('the prerendered first view', () => {
  test('holds the headline figures before any script runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('[data-indicator="gdp"] .tile-value')).toHaveText('1638亿元');
    await expect(page.locator('[data-indicator="fdi"] .tile-value')).toHaveText('4.86亿美元');
    await expect(page.locator('[data-indicator="service-value-added"] .tile-value')).toHaveText('达875亿元');
    await expect(page.getByRole('table', { name: '2024年主要预期目标与2023年增速' })).toContainText('增长5%以上');
    await expect(page.locator('footer')).toContainText('数据集版本');
    await context.close();
  });

  test('is hydrated in place, not replaced, once the dataset arrives', async ({ page }) => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/wuzhong-2024.json', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto('./');
    const tile = page.locator('[data-indicator="gdp"] .tile-value');
    await expect(tile).toHaveText('1638亿元');
    const before = await tile.elementHandle();
    await expect(page.locator('html')).not.toHaveAttribute('data-ready', 'true');
    release();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    // Hydrated: the language toggle works, and the figure is the same DOM node.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(tile).toHaveText('CNY 163.8 billion');
    expect(await before!.evaluate((node) => node.isConnected)).toBe(true);
  });

  test('shows an English reader English first, with no Chinese figures painted', async ({ page }) => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/wuzhong-2024.json', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto('./?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-indicator="gdp"] .tile-value')).toHaveText('CNY 163.8 billion');
    await expect(page.locator('.tile-value', { hasText: '亿元' })).toHaveCount(0);
    await expect(page).toHaveTitle(/Wuzhong District 2024 Government Work Report/);
    release();
    await expect(page.getByRole('button', { name: '中文' })).toBeEnabled();
  });

  test('remembers a stored English choice before the first paint', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('wuzhong-dashboard.lang', 'en'));
    await page.goto('./');
    await expect(page.locator('[data-indicator="gdp"] .tile-value')).toHaveText('CNY 163.8 billion');
  });

  test('is not shown for other views', async ({ page }) => {
    await page.goto('./?view=report');
    await expect(page.getByRole('heading', { name: '报告原文' })).toBeVisible();
    await expect(page.locator('[data-indicator="gdp"]')).toHaveCount(0);
  });
});
