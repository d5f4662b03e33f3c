import { test, expect, open } from './fixtures';

test.describe('foundation', () => {
  test('loads in Chinese and shows the GDP tile with 1638', async ({ page }) => {
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle(/吴中区2024年政府工作报告/);
    const gdp = page.locator('[data-indicator="gdp"]');
    await expect(gdp.getByRole('heading', { name: '地区生产总值' })).toBeVisible();
    await expect(gdp.locator('.tile-value')).toHaveText('1638亿元');
    await expect(gdp).toContainText('增长4.5%');
    await expect(gdp).toContainText('预计数');
    await expect(gdp).toContainText('增长5%以上');
    await expect(page.getByRole('button', { name: 'English' })).toHaveText('English');
  });

  test('shows every headline result as printed', async ({ page }) => {
    await open(page);
    const expected: [string, string, string][] = [
      ['gdp', '1638亿元', '增长4.5%'],
      ['budget-revenue', '222.6亿元', '增长5.8%'],
      ['industrial-output', '2502亿元', '增长2%'],
      ['industrial-investment', '140亿元', '增长16.3%'],
      ['foreign-trade', '717亿元', '增长9%'],
      ['fdi', '4.86亿美元', '增长35.8%'],
      ['high-tech-enterprises', '1706家', '增长18%'],
      ['construction-output', '490亿元', '增长29.5%'],
      ['retail-sales', '933亿元', '增长5%'],
      ['service-value-added', '达875亿元', '增长3.5%'],
    ];
    for (const [id, value, growth] of expected) {
      const tile = page.locator(`[data-indicator="${id}"]`);
      await expect(tile.locator('.tile-value'), id).toHaveText(value);
      await expect(tile.locator('.tile-change'), id).toContainText(growth);
    }
  });

  test('toggles to English, converts units, and keeps English after a reload', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const gdp = page.locator('[data-indicator="gdp"]');
    await expect(gdp.locator('.tile-value')).toHaveText('CNY 163.8 billion');
    await expect(page.locator('[data-indicator="fdi"] .tile-value')).toHaveText('USD 486 million');
    await expect(page.locator('[data-indicator="service-value-added"] .tile-value')).toHaveText('reaching CNY 87.5 billion');
    await expect(page).toHaveTitle(/Wuzhong District 2024 Government Work Report/);
    await page.reload();
    await expect(page.locator('[data-indicator="gdp"] .tile-value')).toHaveText('CNY 163.8 billion');
    await expect(page.getByRole('button', { name: '中文' })).toHaveText('中文');
  });

  test('leaves no Chinese in the English view except quotes and language names', async ({ page }) => {
    await open(page, 'lang=en');
    const chinese = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!/[\u4e00-\u9fff]/.test(text)) continue;
        // The report's own words are shown in Chinese on purpose, marked lang="zh-CN".
        if (node.parentElement?.closest('[lang="zh-CN"]')) continue;
        // With JavaScript on, <noscript> (its link to the Chinese page) is not shown: only text.
        if (node.parentElement?.closest('noscript')) continue;
        found.push(text.trim());
      }
      return found;
    });
    expect(chinese).toEqual([]);
  });

  test('?lang= wins over the stored choice', async ({ page }) => {
    await open(page, 'lang=en');
    await expect(page.locator('[data-indicator="gdp"] .tile-value')).toHaveText('CNY 163.8 billion');
    await open(page, 'lang=zh');
    await expect(page.locator('[data-indicator="gdp"] .tile-value')).toHaveText('1638亿元');
  });

  test('opens the source quote of a tile without hovering', async ({ page }) => {
    await open(page);
    const tile = page.locator('[data-indicator="fdi"]');
    await tile.getByText('原文', { exact: true }).click();
    await expect(tile.locator('blockquote')).toHaveText(/实际使用外资4\.86亿美元、增长35\.8%/);
  });

  test('shows the 2024 expected targets against 2023 growth', async ({ page }) => {
    await open(page);
    const table = page.getByRole('table', { name: '2024年主要预期目标与2023年增速' });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(6);
    await expect(rows.nth(0)).toContainText('地区生产总值');
    await expect(rows.nth(0)).toContainText('增长5%以上');
    await expect(rows.nth(0)).toContainText('增长4.5%');
    await expect(table.locator('tr', { hasText: '全社会固定资产投资' })).toContainText('未提及');
    await expect(table.locator('tr', { hasText: '一般公共预算收入' })).toContainText('同口径');
  });

  test('falls back to the overview for an unknown view', async ({ page }) => {
    await open(page, 'view=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    await expect(page.locator('[data-indicator="gdp"]')).toBeVisible();
    await expect(page.getByRole('link', { name: '概览' })).toHaveAttribute('aria-current', 'page');
  });

  test('shows the dataset version in the footer', async ({ page }) => {
    await open(page);
    await expect(page.locator('footer')).toContainText(/数据集版本 \d+\.\d+\.\d+/);
  });
});

test.describe('a bad dataset', () => {
  test('that is not JSON shows an alert, not a blank page', async ({ page, guard }) => {
    await page.route('**/data/wuzhong-2024.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '<html>oops' }),
    );
    guard.allowConsoleErrors(/./);
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('数据无法载入');
    await expect(alert).toContainText('not valid JSON');
    await expect(page.getByRole('navigation')).toBeVisible();
  });

  test('that fails the schema names the failing fields', async ({ page }) => {
    await page.route('**/data/wuzhong-2024.json', async (route) => {
      const response = await route.fetch();
      const data = await response.json();
      data.indicators[0].values[0].value = 'lots';
      delete data.indicators[1].name;
      await route.fulfill({ response, json: data });
    });
    await page.goto('./?lang=en');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The data could not be loaded');
    await expect(alert).toContainText('indicators[0].values[0].value');
    await expect(alert).toContainText('indicators[1].name');
  });
});
