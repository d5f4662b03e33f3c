import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { translations } from '../../test/translations';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import { axisEnd, censusWords, labelWidth, yearBarRows } from './yearBars';
import { yearSeries, type IndicatorYears, type Panel } from './yearSeries';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  ({ zh, en } = await translations());
});

const series = yearSeries(dataset);
const of = (id: string): IndicatorYears => series.find((s) => s.indicator.id === id)!;
const rowsOf = (panel: Panel | null, lang: 'zh' | 'en', t: TFunction, name = 'X') =>
  (panel?.segments ?? []).map((segment) => yearBarRows(segment.entries, panel!, name, dataset, lang, t));

describe('the bars’ printed labels and names', () => {
  it('prints GDP growth as stated, with its qualifier and a preliminary mark', () => {
    const [growth] = rowsOf(of('gdp').growth, 'zh', zh);
    expect(growth?.map((r) => [r.axisLabel, r.docLabel, r.label, r.mark, r.kind])).toEqual([
      ['2021年', null, '9%', '预计', 'actual'],
      ['2022年目标', null, '8%左右', null, 'target'],
      ['2023年', null, '4.5%', '预计', 'actual'],
      ['2024年目标', null, '5%以上', null, 'target'],
      ['2024年', '2025年报告', '5.5%', '预计', 'actual'],
      ['2024年', '统计公报', '5.3%', '初步核算', 'actual'],
      ['2025年目标', null, '5%以上', null, 'target'],
    ]);
    const [en1] = rowsOf(of('gdp').growth, 'en', en);
    expect(en1?.map((r) => [r.label, r.mark])).toEqual([
      ['9%', 'prelim.'],
      ['around 8%', null],
      ['4.5%', 'prelim.'],
      ['5% or more', null],
      ['5.5%', 'prelim.'],
      ['5.3%', 'prelim. accounts'],
      ['5% or more', null],
    ]);
  });

  it('prints levels as printed, trailing zeros kept, in billions for English', () => {
    const [before, after] = rowsOf(of('gdp').level, 'zh', zh);
    expect(before?.map((r) => r.label)).toEqual(['1500', '1638', '1624.00']);
    expect(after?.map((r) => [r.label, r.mark])).toEqual([['2005.70', '初步核算']]);
    const [, afterEn] = rowsOf(of('gdp').level, 'en', en);
    expect(afterEn?.[0]?.label).toBe('200.57');
  });

  it('names each bar fully for screen readers, with its document, after the text drawn on it', () => {
    const [before, after] = rowsOf(of('gdp').level, 'zh', zh, '地区生产总值');
    expect(after?.[0]?.ariaLabel).toBe(
      '2005.70 初步核算 — 地区生产总值, 2024年, 总量: 2005.70亿元, 初步核算数, 五经普修订后; 吴中区2024年国民经济和社会发展统计公报, 2025年',
    );
    expect(before?.[1]?.ariaLabel).toMatch(/^1638 预计 — 地区生产总值, 2023年 \(2024年报告\), 总量: 1638亿元, 预计数, 五经普修订前; /);
    const [growth] = rowsOf(of('gdp').growth, 'en', en, 'GDP');
    expect(growth?.[4]?.ariaLabel).toMatch(/^5\.5% prelim\. — GDP, 2024 \(2025 report\), Growth: 5\.5%, preliminary estimate; /);
    // A final figure has no mark: its value alone comes first.
    expect(growth?.[1]?.ariaLabel).toMatch(/^around 8% — GDP, 2022 target, Growth: around 8%; /);
  });

  it('begins every bar’s name with what the bar shows, value then mark, in both languages (WCAG 2.5.3)', () => {
    for (const [lang, t] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      const rows = series.flatMap((s) => [s.growth, s.level].flatMap((panel) => rowsOf(panel, lang, t, s.indicator.name[lang]).flat()));
      expect(rows.length).toBeGreaterThan(20);
      for (const row of rows) {
        const drawn = [row.label, row.mark].filter(Boolean).join(' ');
        expect(drawn, row.key).not.toBe('');
        expect(row.ariaLabel.startsWith(`${drawn} — `), row.ariaLabel).toBe(true);
      }
    }
  });

  it('links only the 2024 report’s figures to their pages', () => {
    const [growth] = rowsOf(of('gdp').growth, 'zh', zh);
    expect(growth?.filter((r) => r.hasFigurePage).map((r) => r.valueId)).toEqual(['gdp@2023', 'gdp@2024']);
  });

  it('gives each figure its unit where a break changes the unit', () => {
    const [usd, cny] = rowsOf(of('foreign-trade').level, 'zh', zh);
    expect(usd?.map((r) => r.label)).toEqual(['90亿美元']);
    expect(cny?.map((r) => r.label)).toEqual(['717亿元', '797.1亿元']);
    const [usdEn] = rowsOf(of('foreign-trade').level, 'en', en);
    expect(usdEn?.[0]?.label).toBe('USD 9 billion');
  });

  it('words the census sentence from the data', () => {
    const gdp = of('gdp');
    expect(censusWords(gdp.census!, 'zh', zh)).toEqual({ before: '1638亿元', after: '2005.70亿元', rate: '5.3%', doc: '统计公报' });
    expect(censusWords(gdp.census!, 'en', en)).toEqual({
      before: 'CNY 163.8 billion',
      after: 'CNY 200.57 billion',
      rate: '5.3%',
      doc: 'bulletin',
    });
    expect(zh('years.censusNote', censusWords(gdp.census!, 'zh', zh)!)).toContain(
      '2023年的1638亿元是第五次全国经济普查修订前的数字，2024年的2005.70亿元是修订后的数字',
    );
  });
});

describe('room for the printed values', () => {
  it('measures CJK characters wider than digits', () => {
    expect(labelWidth('5.3%')).toBe(36);
    expect(labelWidth('5.3% · 初步核算')).toBe(9 * 7 + 15 * 4);
  });

  it('leaves room for the widest of a value and its mark, and a bar a fifth of the plot at least', () => {
    const end = axisEnd([{ value: 10, label: '10%', mark: 'prelim. accounts' }], 10, 300);
    expect((10 / end) * 300 + labelWidth('prelim. accounts') * 0.8 + 12).toBeLessThanOrEqual(300 + 1e-9);
    const tooLong = axisEnd([{ value: 10, label: 'x'.repeat(40) }], 10, 300);
    expect((10 / tooLong) * 300).toBeCloseTo(60);
  });

  it('ends the axis so the widest label fits after the longest bar', () => {
    const rows = [
      { value: 10, label: '10%' },
      { value: 5, label: '5% · 初步核算' },
    ];
    const end = axisEnd(rows, 10, 300);
    for (const row of rows) expect((row.value / end) * 300 + labelWidth(row.label) + 12).toBeLessThanOrEqual(300 + 1e-9);
    // Never shorter than the largest value with some room.
    expect(axisEnd([], 10, 300)).toBe(11.5);
  });
});
