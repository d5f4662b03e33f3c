import { readFile } from 'node:fs/promises';
import { test, expect, open } from './fixtures';
import { expectNoAxeViolations } from './axe';

test.describe('figure ledger', () => {
  test('lists every figure and counts them', async ({ page }) => {
    await open(page, 'view=figures');
    const rows = page.locator('.ledger-table tbody tr');
    const total = await rows.count();
    expect(total).toBeGreaterThan(260);
    await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText(`显示 ${total} / ${total} 个数字`);
    await expect(rows.first()).toContainText('地区生产总值');
    await expect(rows.first()).toContainText('1638亿元');
  });

  test('finds PM2.5, 湿地, 学位 and 退圩还湖, and keeps each in the URL', async ({ page }) => {
    await open(page, 'view=figures');
    for (const [q, expected] of [
      ['PM2.5', '29.2微克/立方米'],
      ['湿地', '50.3%'],
      ['学位', '11000个'],
      ['退圩还湖', '8073亩'],
    ] as const) {
      await page.getByRole('searchbox', { name: '搜索' }).fill(q);
      await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q).replace(/\./g, '\\.')}(&|$)`));
      await expect(page.locator('.ledger-table tbody')).toContainText(expected);
      await expect(page.locator('.ledger-table tbody mark').first()).toHaveText(q);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await expect(page.getByRole('searchbox', { name: '搜索' })).toHaveValue(q);
      await expect(page.locator('.ledger-table tbody')).toContainText(expected);
    }
  });

  test('searches the English labels in English', async ({ page }) => {
    await open(page, 'view=figures&lang=en&q=school%20places');
    const rows = page.locator('.ledger-table tbody tr');
    await expect(rows.filter({ hasText: 'New school places' })).toHaveCount(2);
    await expect(rows.filter({ hasText: 'New school places' }).first()).toContainText('8,800');
  });

  test('treats hostile search text as plain text', async ({ page }) => {
    const hostile = '<img src=x onerror=alert(1)>(((.*';
    await open(page, `view=figures&q=${encodeURIComponent(hostile)}`);
    await expect(page.getByRole('searchbox', { name: '搜索' })).toHaveValue(hostile);
    await expect(page.getByText('没有符合条件的数字')).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await open(page, `view=figures&q=${'x'.repeat(5000)}`);
    await expect(page.getByText('没有符合条件的数字')).toBeVisible();
  });

  test('filters by section, theme and period, in the URL', async ({ page }) => {
    await open(page, 'view=figures');
    await page.getByLabel('报告部分').selectOption('plan-ecology');
    await page.getByLabel('年份与类型').selectOption('2024-target');
    await expect(page).toHaveURL(/section=plan-ecology/);
    await expect(page).toHaveURL(/period=2024-target/);
    const rows = page.locator('.ledger-table tbody tr');
    await expect(rows.first()).toContainText('2024 目标');
    for (const text of await rows.locator('td:nth-child(6)').allTextContents()) expect(text).toBe('2024年·生态攻坚行动');
    await page.getByLabel('主题').selectOption('education');
    await expect(page.getByText('没有符合条件的数字')).toBeVisible();
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect(page).not.toHaveURL(/section=/);
  });

  test('sorts by a column, with aria-sort', async ({ page }) => {
    // Within the 2024 report: the other documents hold larger economy figures (2021 loans, 3435亿元).
    await open(page, 'view=figures&theme=economy&doc=WZ-GWR-2024');
    const header = page.getByRole('columnheader', { name: /数值/ });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(page.locator('.ledger-table tbody tr').first()).toContainText('2502亿元');
    await expect(page).toHaveURL(/doc=WZ-GWR-2024&sort=value&dir=desc/);
  });

  test('colours changes by whether they are good news, in words too', async ({ page }) => {
    await open(page, 'view=figures&q=诈骗');
    const fraud = page.locator('tr', { hasText: '通讯网络诈骗案件数' }).first();
    await expect(fraud).toContainText('下降14.6%');
    await expect(fraud.locator('.assessment-good')).toHaveText(/向好/);
    await expect(fraud).toContainText('需关注（越低越好）');
  });

  test('exports the selection as CSV with a BOM and as JSON', async ({ page }) => {
    await open(page, 'view=figures&q=PM2.5');
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"PM2.5浓度","PM2.5 concentration (annual average)",29.2,"微克/立方米"');
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON' }).click()]);
    const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
    expect(json.figures).toHaveLength(1);
    expect(json.figures[0]).toMatchObject({ id: 'pm25@2023', value: 29.2, unit: '微克/立方米' });
    expect(json.query.q).toBe('PM2.5');
  });

  test('a source link opens the report at the highlighted passage, which links back', async ({ page }) => {
    await open(page, 'view=figures&q=PM2.5');
    await page.getByRole('link', { name: /原文：PM2\.5浓度/ }).click();
    await expect(page).toHaveURL(/\/report\/\?fig=pm25%402023$/);
    const mark = page.locator('mark#source-passage');
    await expect(mark).toHaveText('全年PM2.5浓度29.2微克/立方米');
    await expect(mark).toBeFocused();
    await expect(mark).toBeInViewport();
    await mark.getByRole('link', { name: /29\.2微克\/立方米/ }).click();
    await expect(page).toHaveURL(/\/figures\/\?fig=pm25%402023$/);
    const row = page.locator('#row-pm25\\@2023');
    await expect(row).toHaveClass(/is-highlighted/);
    await expect(row.locator('th')).toBeFocused();
  });

  // One test per language: axe over the full ledger (265 rows) takes a while on a busy two-core machine.
  test('passes axe in Chinese, searching', async ({ page }) => {
    await open(page, 'view=figures&q=湿地');
    await expectNoAxeViolations(page);
  });

  test('passes axe in English, every row', async ({ page }) => {
    // Every row of every document (360): axe needs longer than the default on a busy machine.
    test.setTimeout(240_000);
    await open(page, 'view=figures&lang=en');
    await expect(page.locator('.ledger-table tbody tr')).toHaveCount(360);
    await expectNoAxeViolations(page);
  });
});

test.describe('report text', () => {
  test('shows the report paragraph by paragraph with its headings', async ({ page }) => {
    await open(page, 'view=report');
    await expect(page.getByRole('heading', { name: '2024年吴中区政府工作报告' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '2023年工作回顾' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '一、实施产业跃升行动，打造开放发展集聚区' })).toBeVisible();
    expect(await page.locator('.report-paragraph').count()).toBeGreaterThan(30);
    expect(await page.locator('a.figure-link').count()).toBeGreaterThan(270);
  });

  test('in English, keeps the Chinese original and shows the English labels of its figures', async ({ page }) => {
    await open(page, 'view=report&lang=en&fig=gdp%402023');
    await expect(page.getByText(/original Chinese text of the report, the authoritative version/)).toBeVisible();
    await expect(page.locator('mark#source-passage')).toHaveText('2023年完成地区生产总值1638亿元、增长4.5%（预计数、下同）');
    const english = page.locator('[data-paragraph]', { has: page.locator('mark') }).locator('.report-english');
    await expect(english).toContainText('Gross regional product (district GDP): CNY 163.8 billion, up 4.5% (2023 actual)');
    await expect(page.locator('article.report-text')).toHaveAttribute('lang', 'zh-CN');
  });

  test('highlights a zone statement too, and says when a source is unknown', async ({ page }) => {
    await open(page, 'view=report&fig=etdz-industrial-big-data');
    await expect(page.locator('mark#source-passage')).toHaveText('经开区获评省工业大数据应用示范区');
    await open(page, 'view=report&fig=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    await expect(page.getByRole('status').filter({ hasText: '找不到这个出处' })).toBeVisible();
    await expect(page.locator('mark')).toHaveCount(0);
  });

  test('passes axe in both languages', async ({ page }) => {
    await open(page, 'view=report&fig=pm25%402023');
    await expectNoAxeViolations(page);
    await open(page, 'view=report&lang=en');
    await expectNoAxeViolations(page);
  });
});
