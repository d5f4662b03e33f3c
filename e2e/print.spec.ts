import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';

/**
 * PDF fonts map some Chinese characters to radical code points (⻓ for 长, ⼯ for 工).
 * NFKC folds the Kangxi radicals; the simplified-form radicals need this table.
 */
const RADICALS: Record<string, string> = {
  '⻓': '长',
  '⺠': '民',
  '⻚': '页',
  '⻅': '见',
  '⻋': '车',
  '⻔': '门',
  '⻛': '风',
  '⻜': '飞',
  '⻢': '马',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻰': '龙',
  '⻬': '齐',
  '⻮': '齿',
  '⻆': '角',
  '⻝': '食',
  '⻉': '贝',
  '⻄': '西',
  '⺟': '母',
  '⻁': '虎',
  '⻘': '青',
  '⻨': '麦',
  '⻩': '黄',
  '⻙': '韦',
  '⻈': '讠',
  '⻓⻓': '长长',
};
/** The dataset version the footer prints: read from the file, so a corrected dataset needs no test change. */
const VERSION = (JSON.parse(readFileSync('public/data/wuzhong-2024.json', 'utf8')) as { dataset: { version: string } }).dataset.version;
const readable = (text: string) => text.normalize('NFKC').replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c);

async function printedText(page: Page): Promise<{ text: string; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  // PDF text runs may split lines anywhere; compare without whitespace.
  return { text: readable(text).replace(/\s+/g, ''), pages: totalPages };
}

test.describe('printed handout', () => {
  test('prints the overview in Chinese with figures, qualifiers, source line and address', async ({ page, baseURL }) => {
    await open(page);
    const { text, pages } = await printedText(page);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    for (const expected of [
      '2023年主要成绩',
      '1638亿元',
      '增长4.5%',
      '预计数',
      '4.86亿美元',
      '达875亿元',
      '增长5%以上',
      '同口径',
      `数据集版本${VERSION}`,
      `本页地址：${baseURL}`,
    ]) {
      expect(text, expected).toContain(readable(expected));
    }
    // Screen-only controls stay off paper.
    expect(text).not.toContain('English');
    expect(text).not.toContain('报告原文概览');
  });

  test('prints the overview in English', async ({ page, baseURL }) => {
    await open(page, 'lang=en');
    const { text } = await printedText(page);
    for (const expected of [
      '2023headlineresults',
      'CNY163.8billion',
      'USD486million',
      'reachingCNY87.5billion',
      'up5%ormore',
      `Datasetversion${VERSION}`,
      `Thispage:${baseURL}en/`,
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  test('prints a chart with its values and its table', async ({ page }) => {
    await open(page, 'view=clusters');
    const { text } = await printedText(page);
    for (const expected of ['≈1023.6', '突破1300', '突破1500', '突破1300亿元', '=1300÷(1+27%)', '超1800亿元']) {
      expect(text, expected).toContain(expected);
    }
  });
});

/** The text of each printed page, without whitespace (PDF text runs split lines anywhere). */
async function printedPages(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text.map((pageText) => readable(pageText).replace(/\s+/g, ''));
}

test.describe('page breaks', () => {
  for (const [view, lang] of [
    ['', 'zh'],
    ['', 'en'],
    ['view=clusters', 'zh'],
    ['view=clusters', 'en'],
  ] as const) {
    test(`${view || 'the overview'} in ${lang}: no heading, caption or table header alone at a page's foot, no small table split`, async ({
      page,
    }) => {
      await open(page, `${view}${view ? '&' : ''}lang=${lang}`);
      await page.emulateMedia({ media: 'print' });
      const { headings, tables, firstFigure } = await page.evaluate(() => {
        const squash = (el: Element) => ((el as HTMLElement).innerText ?? el.textContent ?? '').replace(/\s+/g, '');
        const shown = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).display !== 'none';
        return {
          firstFigure: squash(document.querySelector('main .bar-label, main .figure')!),
          headings: [...document.querySelectorAll('main h2, main h3, main h4, main caption, main thead')]
            .filter(shown)
            .map(squash)
            .filter(Boolean),
          // A small table: its caption and the headings of its first and last rows.
          tables: [...document.querySelectorAll('main table')]
            .filter((table) => shown(table) && table.querySelectorAll('tbody tr').length <= 12)
            .map((table) => {
              const rows = [...table.querySelectorAll('tbody tr')];
              return {
                caption: squash(table.querySelector('caption')!),
                first: squash(rows[0]!.querySelector('th')!),
                last: squash(rows.at(-1)!.querySelector('th')!),
              };
            }),
        };
      });
      const pages = await printedPages(page);
      expect(headings.length).toBeGreaterThan(2);
      for (const [i, text] of pages.entries()) {
        for (const heading of headings) {
          expect(text.endsWith(readable(heading)), `page ${i + 1} of ${pages.length} ends with "${heading}"`).toBe(false);
        }
      }
      // The first page carries the view's first figure, not only its heading.
      expect(pages[0], 'the first figure is on page 1').toContain(readable(firstFigure));
      expect(tables.length).toBeGreaterThan(0);
      for (const { caption, first, last } of tables) {
        // A chart may carry the same title as its table: the table is the last to print it.
        const where = pages.findLastIndex((text) => text.includes(readable(caption)));
        expect(where, `caption "${caption}" printed`).toBeGreaterThanOrEqual(0);
        const after = pages[where]!.slice(pages[where]!.lastIndexOf(readable(caption)));
        expect(after, `"${caption}": its first and last rows on its page`).toContain(readable(first));
        expect(after, `"${caption}": its first and last rows on its page`).toContain(readable(last));
      }
    });
  }
});
