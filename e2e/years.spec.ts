import { test, expect, open } from './fixtures';
import { expectNoAxeViolations } from './axe';
import type { Page } from '@playwright/test';

/** Opens the targets view and waits for its 2021–2025 charts (their own chunk) to draw. */
async function openYears(page: Page, query = ''): Promise<void> {
  await open(page, `view=targets${query}`);
  await expect(page.locator('.years-grid .chart-frame')).toHaveCount(11);
  await expect(page.locator('.year-panels[data-indicator="gdp"] .bar-label').first()).toBeVisible();
}

test.describe('2021–2025 at a glance', () => {
  test('draws GDP growth as each document states it, targets hatched and preliminary figures lighter', async ({ page }) => {
    await openYears(page);
    await expect(page.getByRole('heading', { level: 2, name: '历年走势：2021–2025年' })).toBeVisible();
    const growth = page.locator('.year-panels[data-indicator="gdp"] [data-panel="growth"]');
    await expect(growth.locator('.bar-value')).toHaveText(['9%', '8%左右', '4.5%', '5%以上', '5.5%', '5.3%', '5%以上']);
    // Preliminary figures say so under their value.
    await expect(growth.locator('.bar-mark')).toHaveText(['预计', '预计', '预计', '初步核算']);
    // The two 2024 outcomes name their documents on the axis.
    await expect(growth.locator('.year-tick-doc')).toHaveText(['2025年报告', '统计公报']);
    // Targets are hatched (the pattern), results solid; preliminary results lighter.
    const fills = await growth.locator('.year-bar-rect').evaluateAll((rects) =>
      rects.map((r) => ({
        fill: r.getAttribute('fill') ?? '',
        opacity: getComputedStyle(r).fillOpacity,
        width: (r as SVGRectElement).getBBox().width,
      })),
    );
    expect(fills.map((f) => f.fill.startsWith('url(#pattern-target'))).toEqual([false, true, false, true, false, false, true]);
    expect(fills.map((f) => f.opacity)).toEqual(['0.45', '1', '0.45', '1', '0.45', '0.45', '1']);
    // Real lengths: 9% is the longest, 5.5% longer than 5.3%.
    expect(fills[0]!.width).toBeGreaterThan(fills[4]!.width);
    expect(fills[4]!.width).toBeGreaterThan(fills[5]!.width);
    // A legend says what hatching and lightness mean.
    await expect(page.getByRole('list', { name: '图例' }).last()).toContainText('预计数或初步核算（浅色）');
  });

  test('breaks GDP levels at the census revision and says why in one sentence', async ({ page }) => {
    await openYears(page);
    const frame = page.locator('.chart-frame', { has: page.locator('.year-panels[data-indicator="gdp"]') });
    const level = frame.locator('[data-panel="level"]');
    const segments = level.locator('.year-segment');
    await expect(segments).toHaveCount(2);
    await expect(segments.nth(0).locator('.bar-label')).toHaveText(['1500 预计', '1638 预计', '1624.00']);
    await expect(segments.nth(1).locator('.year-break')).toHaveText('第五次全国经济普查修订：此前与此后的总量不可比');
    await expect(segments.nth(1).locator('.bar-value')).toHaveText(['2005.70']);
    await expect(segments.nth(1).locator('.bar-mark')).toHaveText(['初步核算']);
    await expect(frame.locator('.census-note')).toHaveText(
      '2023年的1638亿元是第五次全国经济普查修订前的数字，2024年的2005.70亿元是修订后的数字，两者口径不同、不能直接相比，也不能用来算增速；2024年增长多少，请看统计公报给出的增速5.3%。',
    );
    // The break is a gap in the drawing: the two segments are separate charts.
    await expect(level.locator('svg.recharts-surface')).toHaveCount(2);
  });

  test('breaks foreign trade where the unit changes, and gives each figure its unit', async ({ page }) => {
    await openYears(page);
    const level = page.locator('.year-panels[data-indicator="foreign-trade"] [data-panel="level"]');
    await expect(level.locator('.year-panel-title')).toHaveText('总量（单位见各数字）');
    await expect(level.locator('.year-break')).toHaveText('单位改变：亿美元→亿元，前后不可比');
    await expect(level.locator('.bar-value')).toHaveText(['90亿美元', '717亿元', '797.1亿元']);
    const budget = page.locator('.year-panels[data-indicator="budget-revenue"] [data-panel="growth"]');
    await expect(budget.locator('.year-aim')).toHaveText('2025年目标：保持正增长 (定性)');
  });

  test('links a figure of the 2024 report to its page, and names the others for the keyboard', async ({ page }) => {
    await openYears(page);
    const growth = page.locator('.year-panels[data-indicator="gdp"] [data-panel="growth"]');
    const bulletin = growth.getByRole('img', {
      name: /^5\.3% 初步核算 — 地区生产总值, 2024年 \(统计公报\), 增速: 5\.3%, 初步核算数; 吴中区2024年国民经济和社会发展统计公报/,
    });
    await bulletin.focus();
    await expect(bulletin).toBeFocused();
    const link = growth.getByRole('link', { name: /^4\.5% 预计 — 地区生产总值, 2023年, 增速: 4\.5%, 预计数; / });
    await expect(link).toHaveAttribute('href', /fig=gdp%402023|fig=gdp@2023/);
    await link.click();
    await expect(page).toHaveURL(/fig=gdp(%40|@)2023/);
    await expect(page.locator('h2').first()).toContainText('地区生产总值');
  });

  test('puts a real table behind every chart, with the documents cited and the break on a row', async ({ page }) => {
    await openYears(page);
    const frame = page.locator('.chart-frame', { has: page.locator('.year-panels[data-indicator="gdp"]') });
    await frame.getByRole('button', { name: '表格' }).click();
    const table = frame.getByRole('table');
    await expect(table.locator('caption')).toHaveText('地区生产总值：2021–2025年结果与目标');
    await expect(table.locator('tbody tr[data-year-value]')).toHaveCount(8);
    await expect(table.locator('tr.year-break-row')).toHaveText('第五次全国经济普查修订：此前与此后的总量不可比');
    const bulletin = table.locator('tr[data-year-value="gdp@2024-wz-sb-2024"]');
    await expect(bulletin).toContainText('2005.70亿元');
    await expect(bulletin).toContainText('增长5.3%');
    await expect(bulletin).toContainText('初步核算数；五经普修订后');
    await expect(bulletin).toContainText('吴中区2024年国民经济和社会发展统计公报');
    await expect(table.locator('tr[data-year-value="gdp@2024-wz-gwr-2025"]')).toContainText('索引号 014195072/2025-00001');
    await expect(frame.locator('.chart-body')).toBeHidden();
    // Every table has its caption; no link leaves the app (documents are cited, never linked).
    await expect(page.locator('.years-grid table caption')).toHaveCount(11);
    const hrefs = await page.locator('.years-section a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    // Relative to the page (../ from targets/), never to another origin.
    expect(hrefs.filter((href) => !/^(\.\.?\/|\?|#)/.test(href))).toEqual([]);
  });

  test('is reached from the counts and passes axe in Chinese', async ({ page }) => {
    // One section of targets: the table above stays short, so axe spends its time on the charts.
    await openYears(page, '&section=plan-overview');
    await page.getByRole('link', { name: '历年走势：主要指标2021–2025年' }).click();
    await expect(page).toHaveURL(/#years$/);
    await expect(page.getByRole('heading', { name: '历年走势：2021–2025年' })).toBeInViewport();
    await expectNoAxeViolations(page);
  });

  test('reads in English, and passes axe', async ({ page }) => {
    await openYears(page, '&section=plan-overview&lang=en');
    await expect(page.getByRole('heading', { level: 2, name: '2021–2025 at a glance' })).toBeVisible();
    const gdp = page.locator('.year-panels[data-indicator="gdp"]');
    await expect(gdp.locator('[data-panel="growth"] .bar-value')).toHaveText([
      '9%',
      'around 8%',
      '4.5%',
      '5% or more',
      '5.5%',
      '5.3%',
      '5% or more',
    ]);
    await expect(gdp.locator('[data-panel="growth"] .bar-mark')).toHaveText(['prelim.', 'prelim.', 'prelim.', 'prelim. accounts']);
    await expect(gdp.locator('[data-panel="level"] .year-panel-title')).toHaveText('Level (CNY billion)');
    await expect(page.locator('.census-note')).toHaveText(
      "The 2023 level, CNY 163.8 billion, was counted before the fifth national economic census and the 2024 level, CNY 200.57 billion, after its revision, so the two cannot be compared or turned into a growth rate: for 2024's growth, read the rate the bulletin states, 5.3%.",
    );
    await expect(page.locator('.year-panels[data-indicator="foreign-trade"] [data-panel="level"] .bar-value')).toHaveText([
      'USD 9 billion',
      'CNY 71.7 billion',
      'CNY 79.71 billion',
    ]);
    await expectNoAxeViolations(page);
  });

  test('stacks the charts on a phone, every value inside its card', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openYears(page);
    await expect(page.locator('.year-panels[data-indicator="tourism-revenue"] .bar-value').first()).toBeVisible();
    const lefts = await page
      .locator('.years-grid .chart-frame')
      .evaluateAll((frames) => frames.map((f) => Math.round(f.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // No printed value runs past its card's edge.
    const overflow = await page.locator('.years-grid .chart-frame').evaluateAll((frames) =>
      frames.flatMap((frame) => {
        const right = frame.getBoundingClientRect().right;
        return [...frame.querySelectorAll('.bar-value, .bar-mark')]
          .filter((label) => label.getBoundingClientRect().right > right + 0.5)
          .map((label) => label.textContent);
      }),
    );
    expect(overflow).toEqual([]);
    // The table becomes cards.
    const frame = page.locator('.chart-frame', { has: page.locator('.year-panels[data-indicator="gdp"]') });
    await frame.getByRole('button', { name: '表格' }).click();
    await expect(frame.locator('tr[data-year-value="gdp@2023"]')).toHaveCSS('display', 'block');
    await expect(frame.locator('thead')).toHaveCSS('position', 'absolute');
  });
});

test.describe('the clusters view’s earlier years', () => {
  test('shows the 2021 and 2022 figures of other documents, broken where the basis changes, with their documents', async ({ page }) => {
    await open(page, 'view=clusters');
    const robotics = page.locator('[data-cluster="cluster-robotics"]').first();
    await expect(robotics.locator('.year-break')).toHaveText('口径改变：规上产值→产业规模，前后不可比');
    await expect(robotics.locator('.cluster-segment').nth(0).locator('.bar-label')).toHaveText(['745']);
    await expect(
      robotics.getByRole('img', { name: /^机器人与智能制造产业规模, 2021年实际: 745亿元, 规上产值口径; 吴中区人民政府工作报告（2022年）/ }),
    ).toBeVisible();
    await expect(robotics.locator('.cluster-cited li[data-value="cluster-robotics@2021-shangol-2022-03"]')).toContainText(
      '800亿元（产业规模口径）',
    );
    // The derived size stays labelled derived beside the printed target of the same year.
    await expect(robotics.locator('.bar-label')).toContainText(['1000', '≈1023.6']);
    const frame = page.locator('.chart-frame').first();
    await frame.getByRole('button', { name: '表格' }).click();
    const row = frame.getByRole('row', { name: /机器人与智能制造/ });
    await expect(row).toContainText('745亿元规上产值口径');
    await expect(row).toContainText('2021年工作回顾');
    await expect(row).toContainText('推算');
    await expectNoAxeViolations(page);
  });

  test('reads in English and gives the stated 2021 growth with its basis', async ({ page }) => {
    await open(page, 'view=clusters&lang=en');
    const ngit = page.locator('[data-cluster="cluster-ngit"]').first();
    await expect(ngit.locator('.year-break')).toHaveText('Basis changed: output above designated size → industry size; not comparable');
    await expect(ngit.locator('.bar-label')).toHaveText(['41', '60', '≈62', 'reaching 78', 'past 100']);
    const growth = page.locator('.chart-frame').nth(1);
    await growth.getByRole('button', { name: 'Table' }).click();
    await expect(growth.getByRole('row', { name: /Biomedicine/ })).toContainText('up 44%');
    await expect(growth.getByRole('row', { name: /New-generation/ })).toContainText('output above designated size');
    await expectNoAxeViolations(page);
  });
});
