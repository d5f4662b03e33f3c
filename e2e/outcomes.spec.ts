import { readFileSync } from 'node:fs';
import { test, expect, open } from './fixtures';
import { expectNoAxeViolations } from './axe';

test.describe('targets and outcomes', () => {
  test('counts the 2024 targets by outcome and filters by status, in the address', async ({ page }) => {
    await open(page, 'view=targets');
    // The view's own heading; the 2021–2025 charts follow under a heading of their own.
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('2024年目标完成情况');
    const counts = page.getByRole('group', { name: '完成情况筛选' });
    await expect(counts.getByRole('button', { name: /全部 107 项/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(counts.locator('button[data-status="met"]')).toContainText('3');
    await expect(counts.locator('button[data-status="missed"]')).toContainText('1');
    await expect(counts.locator('button[data-status="not-yet-reported"]')).toContainText('100');
    await expect(page.locator('.targets-outcomes tbody tr')).toHaveCount(107);

    await counts.locator('button[data-status="missed"]').click();
    await expect(page).toHaveURL(/\/targets\/\?status=missed/);
    const rows = page.locator('.targets-outcomes tbody tr');
    await expect(rows).toHaveCount(1);
    // Industrial investment: +10% targeted, +6.6% reported by the 2025 report, missed.
    await expect(rows.first()).toContainText('工业投资');
    await expect(rows.first()).toContainText('增长10%');
    await expect(rows.first()).toContainText('增长6.6%');
    await expect(rows.first()).toContainText('吴中区人民政府工作报告（2025年）');
    await expect(rows.first()).toContainText('未完成');
  });

  test('shows both outcomes where two documents report one, and which decides', async ({ page }) => {
    await open(page, 'view=targets&status=met&lang=en');
    const gdp = page.locator('tr[data-value="gdp@2024"]');
    await expect(gdp).toContainText('up 5.5%');
    await expect(gdp).toContainText('up 5.3%');
    await expect(gdp.locator('.outcome-decides')).toHaveCount(1);
    await expect(gdp.locator('[data-outcome]').filter({ has: page.locator('.outcome-decides') })).toContainText('statistical bulletin', {
      ignoreCase: true,
    });
  });

  test('filters by section and sorts by status', async ({ page }) => {
    await open(page, 'view=targets&section=plan-ecology');
    const statuses = await page
      .locator('.targets-outcomes tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(5);
    expect(new Set(statuses)).toEqual(new Set(['not-yet-reported']));
    await open(page, 'view=targets&sort=status');
    const first = await page
      .locator('.targets-outcomes tbody tr')
      .evaluateAll((rows) => rows.slice(0, 5).map((row) => row.getAttribute('data-status')));
    expect(first).toEqual(['met', 'met', 'met', 'about-met', 'missed']);
  });

  test('each headline tile gives its 2024 outcome under its target', async ({ page }) => {
    await open(page, 'lang=en');
    const investment = page.locator('[data-indicator="industrial-investment"] [data-outcome-of="industrial-investment@2024"]');
    await expect(investment).toContainText('up 6.6%');
    await expect(investment).toContainText('Missed');
    await expect(page.locator('.targets-table tr[data-value="gdp@2024"]')).toContainText('Met');
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`passes axe (${lang})`, async ({ page }) => {
      await open(page, `view=targets&section=plan-overview&lang=${lang}`);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('a page for every figure', () => {
  const SAMPLE = [
    ['gdp@2023', '1638亿元', 'CNY 163.8 billion'],
    ['gdp@2024', '增长5%以上', 'up 5% or more'],
    ['pm25@2023', '29.2微克/立方米', '29.2 µg/m³'],
    ['fdi@2023', '4.86亿美元', 'USD 486 million'],
  ] as const;
  test(`?fig= opens ${SAMPLE.map(([id]) => id).join(', ')} on their own, in both languages`, async ({ page }) => {
    for (const [id, zh, en] of SAMPLE) {
      await open(page, `fig=${encodeURIComponent(id)}`);
      const article = page.locator(`article[data-value="${id}"]`);
      await expect(article.locator('.figure-page-facts')).toContainText(zh);
      await expect(article.locator('.figure-page-facts')).toContainText(en);
      await expect(article.locator('blockquote mark')).not.toBeEmpty();
      await expect(article.getByRole('img', { name: /二维码/ })).toBeVisible();
      await open(page, `fig=${encodeURIComponent(id)}&lang=en`);
      await expect(page.locator(`article[data-value="${id}"] .figure-page-value`)).toContainText(en.replace(/^up /, ''));
      await expect(page).toHaveTitle(/ · Wuzhong District/);
    }
  });

  test("a target's page says what happened to it", async ({ page }) => {
    await open(page, 'fig=industrial-investment%402024&lang=en');
    const outcome = page.locator('.figure-page-outcome');
    await expect(outcome).toContainText('up 6.6%');
    await expect(outcome).toContainText('Missed');
    await expect(outcome).toContainText('Government Work Report 2025');
  });

  test('an unknown figure says so and leads to the ledger', async ({ page }) => {
    await open(page, 'fig=not-a-figure');
    await expect(page.getByRole('status')).toContainText('找不到这个数字');
    await page.getByRole('link', { name: '打开数据台账' }).click();
    await expect(page.getByRole('heading', { name: /数据台账/ })).toBeFocused();
  });

  test('a tile leads to its figure page, and the page copies a citation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    await page.locator('[data-indicator="gdp"] .tile-name a').click();
    await expect(page).toHaveURL(/\?fig=gdp%402023$/);
    await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
    await page.getByRole('button', { name: '复制引用' }).click();
    await expect(page.locator('.figure-page-copied')).toHaveText('已复制到剪贴板。');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^2024年吴中区政府工作报告（苏州市吴中区人民政府，2024年1月8日）：「2023年完成地区生产总值1638亿元、增长4.5%（预计数、下同）」 http/,
    );
  });

  test('passes axe on a phone, and prints on one page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, 'fig=pm25%402023&lang=en');
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The longest paragraph of the report holds the cluster figures: its page still prints on one sheet.
    for (const id of ['pm25@2023', 'cluster-robotics@2023']) {
      await open(page, `fig=${encodeURIComponent(id)}&lang=en`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, id).toBe(1);
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

test('the glossary explains the official terms in both languages', async ({ page }) => {
  await open(page, 'view=glossary');
  const term = page.locator('[data-term="above-designated-size"]');
  await expect(term).toContainText('规上工业');
  await expect(term).toContainText('2000万元');
  await open(page, 'view=glossary&lang=en');
  await expect(page.locator('[data-term="above-designated-size"]')).toContainText('CNY 20 million');
  await expectNoAxeViolations(page);
});

type Value = { id: string; unit: string; kind: string; value: number | null; quote: string };
const DATASET = JSON.parse(readFileSync('public/data/wuzhong-2024.json', 'utf8')) as {
  indicators: { name: Record<string, string>; values: Value[] }[];
};

/** Twenty figures of the report across its units (and targets), alternately in Chinese and English. */
const SAMPLE: { value: Value; name: Record<string, string>; lang: 'zh' | 'en' }[] = (() => {
  const seen = new Set<string>();
  const out: { value: Value; name: Record<string, string>; lang: 'zh' | 'en' }[] = [];
  for (const indicator of DATASET.indicators)
    for (const value of indicator.values) {
      const key = `${value.unit}-${value.kind}`;
      if (seen.has(key) || out.length >= 20) continue;
      seen.add(key);
      out.push({ value, name: indicator.name, lang: out.length % 2 ? 'en' : 'zh' });
    }
  return out;
})();

test.describe('figure pages across units and languages', () => {
  test('the sample covers twenty figures, targets among them', () => {
    expect(SAMPLE).toHaveLength(20);
    expect(SAMPLE.filter((s) => s.value.kind === 'target').length).toBeGreaterThan(2);
  });

  for (const half of [0, 1]) {
    test(`open twenty figure pages (${half + 1} of 2)`, async ({ page }) => {
      for (const { value, name, lang } of SAMPLE.filter((_, i) => i % 2 === half)) {
        await open(page, `fig=${encodeURIComponent(value.id)}&lang=${lang}`);
        const article = page.locator(`article[data-value="${value.id}"]`);
        await expect(article.getByRole('heading', { level: 2 }), value.id).toHaveText(name[lang]!);
        await expect(article.locator('blockquote mark'), value.id).toHaveText(value.quote);
        await expect(article.locator('.figure-page-facts'), value.id).toContainText(lang === 'zh' ? `${value.value ?? ''}` : '');
      }
    });
  }
});

test('an official term opens its plain explanation on click and closes with Escape', async ({ page }) => {
  await open(page, 'lang=en');
  const tile = page.locator('[data-indicator="industrial-output"]');
  const button = tile.getByRole('button', { name: /What does “industry above designated size” mean\?/ });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const note = tile.getByRole('note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('CNY 20 million');
  await button.press('Escape');
  await expect(note).toBeHidden();
  await button.press('Enter');
  await expect(note).toBeVisible();
  await note.getByRole('link').click();
  await expect(page).toHaveURL(/\/glossary\/.*#term-above-designated-size/);
});
