import { readFile } from 'node:fs/promises';
import { test, expect, open } from './fixtures';
import { expectNoAxeViolations } from './axe';

/*
 * The ledger across documents (#13): every value of every document, a document column with the
 * full citation in place, a document filter in the address, and exports that carry the document.
 */

const rows = (page: import('@playwright/test').Page) => page.locator('.ledger-table tbody tr');

test.describe('ledger across documents', () => {
  // Two axe runs per test on a busy two-core machine.
  test.setTimeout(180_000);

  test('lists every document’s values, the 2024 report first, the others cited and never linked', async ({ page }) => {
    await open(page, 'view=figures');
    await expect(rows(page)).toHaveCount(360);
    await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText('显示 360 / 360 个数字');
    await expect(rows(page).first()).toHaveAttribute('data-doc', 'WZ-GWR-2024');
    await expect(rows(page).first()).toContainText('2024年政府工作报告');
    await expect(rows(page).nth(265)).toHaveAttribute('data-doc', 'WZ-GWR-2022');
    // A cited row: its document and location, no quote, no link of any kind.
    const bulletinGdp = page.locator('tr[data-value="gdp@2024-wz-sb-2024"]');
    await expect(bulletinGdp).toContainText('2005.70亿元');
    await expect(bulletinGdp).toContainText('增长5.3%');
    await expect(bulletinGdp).toContainText('一、综合');
    await expect(bulletinGdp).toContainText('仅引用');
    const cited = page.locator('tr[data-doc]:not([data-doc="WZ-GWR-2024"])');
    await expect(cited).toHaveCount(95);
    // Its only links are the glossary's, inside a term's explanation: none leaves the dashboard, none to a page or passage.
    await expect(
      cited.locator('a[href^="http"], a[href^="//"], a.figure-page-link, a[href*="report/"], a[href*="view=report"], a[href*="fig="]'),
    ).toHaveCount(0);
    await expect(cited.locator('a:not([href*="glossary/#term-"])')).toHaveCount(0);
    // The 2024 report's rows keep their figure page and their source passage.
    const reportGdp = page.locator('tr[data-value="gdp@2023"]');
    await expect(reportGdp.getByRole('link', { name: '地区生产总值', exact: true })).toHaveAttribute('href', '../?fig=gdp%402023');
    await expect(reportGdp.getByRole('link', { name: '原文：地区生产总值（2023年）' })).toHaveAttribute(
      'href',
      '../report/?fig=gdp%402023',
    );
  });

  test('filters by document in Chinese, in the address, with the full citation in place; passes axe', async ({ page }) => {
    await open(page, 'view=figures');
    await page.getByLabel('文件', { exact: true }).selectOption('WZ-SB-2024');
    await expect(page).toHaveURL(/doc=WZ-SB-2024/);
    const count = await rows(page).count();
    expect(count).toBeGreaterThan(5);
    expect(count).toBeLessThan(60);
    for (const doc of await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-doc')))) expect(doc).toBe('WZ-SB-2024');
    await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText(`显示 ${count} / 360 个数字`);
    // axe over the whole document: its ratio (0.98:46.66:52.36), notes and bases.
    await expect(page.locator('tr[data-value="industry-structure@2024-wz-sb-2024"]')).toContainText('0.98:46.66:52.36');
    await expectNoAxeViolations(page);
    const gdp = page.locator('tr[data-value="gdp@2024-wz-sb-2024"]');
    const summary = gdp.locator('summary');
    await expect(summary).toHaveText('2024年统计公报');
    const citation = gdp.locator('.doc-cite cite');
    await expect(citation).toBeHidden();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(citation).toBeVisible();
    await expect(citation).toHaveText('《吴中区2024年国民经济和社会发展统计公报》，苏州市吴中区统计局，2025年');
    // The text filter works within the document; the documents list cites only this one.
    await page.getByRole('searchbox', { name: '搜索' }).fill('人均');
    await expect(rows(page)).toHaveCount(1);
    await expect(page.locator('.ledger-documents li')).toHaveText([
      '《吴中区2024年国民经济和社会发展统计公报》，苏州市吴中区统计局，2025年',
    ]);
    await page.reload();
    await expect(page.getByLabel('文件', { exact: true })).toHaveValue('WZ-SB-2024');
    await expect(rows(page)).toHaveCount(1);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect(page).not.toHaveURL(/doc=/);
    await expect(rows(page)).toHaveCount(360);
  });

  test('a period of another year: the 2024 outcomes, from the later documents only', async ({ page }) => {
    await open(page, 'view=figures&period=2024-actual&q=GDP');
    const docs = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-doc')));
    expect(docs.length).toBeGreaterThanOrEqual(3);
    expect(docs.every((doc) => doc === 'WZ-GWR-2025' || doc === 'WZ-SB-2024')).toBe(true);
    await expect(page.getByLabel('年份与类型')).toHaveValue('2024-actual');
  });

  test('exports carry the document of every row, in English; passes axe in English', async ({ page }) => {
    await open(page, 'view=figures&lang=en&doc=WZ-GWR-2025');
    await expect(page.getByLabel('Document', { exact: true })).toHaveValue('WZ-GWR-2025');
    const count = await rows(page).count();
    expect(count).toBeGreaterThan(10);
    await expect(rows(page).first().locator('summary')).toHaveText('2025 work report');
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = csv.slice(1).trim().split('\r\n');
    expect(header).toContain('"doc_id"');
    expect(header).toContain('"doc_citation_en"');
    expect(lines).toHaveLength(count);
    for (const line of lines) {
      expect(line).toContain('"WZ-GWR-2025"');
      expect(line).toContain(
        `"Wuzhong District Government Work Report 2025, People's Government of Wuzhong District, Suzhou, 6 January 2025, index number 014195072/2025-00001"`,
      );
    }
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
    expect(json.query.doc).toBe('WZ-GWR-2025');
    expect(json.figures).toHaveLength(count);
    for (const figure of json.figures)
      expect(figure).toMatchObject({ doc_id: 'WZ-GWR-2025', doc_index_number: '014195072/2025-00001', doc_date: '2025-01-06', quote: '' });
    expect(json.figures.every((f: { location_en: string }) => f.location_en.length > 0)).toBe(true);
    expect(json.documents.map((d: { id: string }) => d.id)).toEqual(['WZ-GWR-2025']);
    await expectNoAxeViolations(page);
  });

  test('ignores a document the register does not hold, with a notice, and a hostile one silently', async ({ page }) => {
    await open(page, 'view=figures&doc=NO-SUCH-DOC');
    await expect(page.getByRole('status').filter({ hasText: 'NO-SUCH-DOC' })).toBeVisible();
    await expect(rows(page)).toHaveCount(360);
    await open(page, `view=figures&doc=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect(rows(page)).toHaveCount(360);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.getByLabel('文件', { exact: true })).toHaveValue('');
  });

  test('on a phone, each figure is a card that names its document', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, 'view=figures&lang=en&doc=WZ-SB-2024&q=per%20capita');
    const card = rows(page).first();
    await expect(card.locator('td.cell-document')).toHaveAttribute('data-label', 'Document');
    await expect(card.locator('summary')).toHaveText('2024 statistical bulletin');
    const box = await card.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
  });
});
