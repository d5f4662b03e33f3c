import { test, expect, open } from './fixtures';

test.describe('industry clusters', () => {
  test('draws the cluster sizes with printed values and qualifiers beside the bars', async ({ page }) => {
    await open(page, 'view=clusters');
    const robotics = page.locator('[data-cluster="cluster-robotics"]').first();
    // The 2021 results and 2022 target of other documents come first; then 2022 derived, 2023, 2024.
    await expect(robotics.locator('g.bar')).toHaveCount(6);
    await expect(robotics.locator('.bar-label')).toHaveText(['745', '800', '1000', '≈1023.6', '突破1300', '突破1500']);
    // The bars have real size in a browser: the 2024 target is the longest.
    const widths = await robotics
      .locator('g.bar rect:not(.bar-focus)')
      .evaluateAll((rects) => rects.map((r) => (r as SVGRectElement).getBBox().width));
    expect(widths).toHaveLength(6);
    expect(widths[5]!).toBeGreaterThan(widths[4]!);
    expect(widths[4]!).toBeGreaterThan(widths[3]!);
    // Lengths in the ratio of their values, within a pixel: 1500 (2024 target) to 1300 (2023), and across
    // the basis break and across clusters, which share one scale: 745 (2021, robotics) to 440 (2024, biomedicine).
    expect(Math.abs(widths[5]! - (widths[4]! * 1500) / 1300)).toBeLessThanOrEqual(1);
    const biomed2024 = await page
      .locator('[data-bar="cluster-biomed-2024"] rect:not(.bar-focus)')
      .evaluate((r) => r.getBoundingClientRect().width);
    expect(Math.abs(biomed2024 - (widths[0]! * 440) / 745)).toBeLessThanOrEqual(1);
    await expect(page.locator('[data-cluster="cluster-biomed"]').first().locator('.bar-label')).toHaveText([
      '206',
      '300',
      '≈303',
      '超380',
      '突破440',
    ]);
  });

  test('draws the bars without the chart library, as the page was prerendered', async ({ page }) => {
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response.text().catch(() => ''));
    });
    // The page as served already holds the bars, their lengths and their labels: nothing waits for a measurement.
    const html = await (await page.request.get('./clusters/')).text();
    expect(html).toMatch(/<g class="bar bar-actual"[^>]*data-bar="cluster-robotics-2023"><rect y="8" width="[\d.]+%"/);
    await page.goto('./clusters/');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('[data-cluster="cluster-robotics"]').first().locator('g.bar')).toHaveCount(6);
    await page.waitForLoadState('networkidle');
    // recharts stays with the targets view's charts: no script the clusters page loads carries it.
    const bodies = await Promise.all(scripts);
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((body) => body.includes('recharts')).length).toBe(0);
  });

  test('says the report gives no 2023 size for new energy vehicles', async ({ page }) => {
    await open(page, 'view=clusters');
    const nev = page.locator('[data-cluster="cluster-nev"]').first();
    await expect(nev.locator('.bar-label')).toHaveText(['无法推算', '报告未给出', '突破500']);
    await expect(nev).toContainText('报告未给出该产业2023年的规模和增速');
  });

  test('reaches every bar by keyboard with an accessible name', async ({ page }) => {
    await open(page, 'view=clusters');
    const bar = page.getByRole('img', { name: '机器人与智能制造产业规模, 2023年实际: 突破1300亿元' });
    await bar.focus();
    await expect(bar).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('img', { name: '机器人与智能制造产业规模, 2024年目标: 突破1500亿元' })).toBeFocused();
  });

  test('shows a real table behind the size chart', async ({ page }) => {
    await open(page, 'view=clusters');
    const frame = page.locator('.chart-frame').first();
    const toggle = frame.getByRole('button', { name: '表格' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = frame.getByRole('table');
    await expect(table.locator('caption')).toContainText('产业规模');
    const robotics = table.getByRole('row', { name: /机器人与智能制造/ });
    await expect(robotics).toContainText('≈1023.6亿元');
    await expect(robotics).toContainText('推算');
    await expect(robotics).toContainText('= 1300 ÷ (1 + 27%)');
    await expect(robotics).toContainText('突破1300亿元');
    await expect(robotics).toContainText('增长27%');
    await expect(robotics).toContainText('突破1500亿元');
    await expect(frame.locator('.chart-body')).toBeHidden();
  });

  test('shows the growth the 2024 targets require, as derived', async ({ page }) => {
    await open(page, 'view=clusters');
    const frame = page.locator('.chart-frame').nth(1);
    await expect(frame.locator('[data-cluster="cluster-ngit"] .bar-label')).toHaveText(['25.8%', '≈28.2%']);
    await frame.getByRole('button', { name: '表格' }).click();
    await expect(frame.getByRole('row', { name: /新一代信息技术/ })).toContainText('= 1000 ÷ 780 − 1');
  });

  test('reads in English in billions', async ({ page }) => {
    await open(page, 'view=clusters&lang=en');
    await expect(page.getByRole('heading', { name: /Industry size \(CNY billion\)/ })).toBeVisible();
    const robotics = page.locator('[data-cluster="cluster-robotics"]').first();
    await expect(robotics.locator('.bar-label')).toHaveText(['74.5', '80', '100', '≈102.36', 'past 130', 'past 150']);
    await expect(
      page.getByRole('img', { name: 'Robotics and intelligent manufacturing: industry size, 2023 actual: past CNY 130 billion' }),
    ).toBeVisible();
    await page.locator('.chart-frame').first().getByRole('button', { name: 'Table' }).click();
    await expect(page.getByRole('row', { name: /Biomedicine/ }).first()).toContainText('over CNY 38 billion');
  });

  test('keeps high-tech output and the new city digital economy apart', async ({ page }) => {
    await open(page, 'view=clusters');
    const other = page.locator('.other-measures');
    await expect(other.getByRole('heading', { level: 2 })).toHaveText('“333+N”之外的产业指标');
    await expect(other.locator('[data-cluster="high-tech-output"] .bar-label')).toHaveText(['≈1620.4', '1750', '超1800']);
    await expect(other).toContainText('70.7%');
    await expect(other.locator('[data-indicator="digital-economy-new-city"] .tile-value')).toHaveText('突破310亿元');
  });
});
