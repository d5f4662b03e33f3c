import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import { fixtureDataset } from '../../shared/dataset/fixture.testutil';
import { indicatorById } from '../../shared/dataset/selectors';
import {
  HEADLINE_IDS,
  growthScale,
  indicatorYears,
  segmentScale,
  segmentsOf,
  yearSeries,
  type IndicatorYears,
  type Panel,
  type YearEntry,
} from './yearSeries';

const series = yearSeries(dataset);
const byId = (id: string): IndicatorYears => {
  const found = series.find((s) => s.indicator.id === id);
  if (!found) throw new Error(`no series for ${id}`);
  return found;
};

/** A panel as readable rows: year, kind, drawn figure, document, provisional; `|from→to|` at a break. */
function rows(panel: Panel | null): string[] {
  const aims = (panel?.aims ?? []).map((e) => `${e.year} ${e.kind} ${e.aim?.zh ?? ''} ${e.docId} (aim)`);
  return [
    ...(panel?.segments ?? []).flatMap((segment) => [
      ...(segment.breakBefore ? [`|${segment.breakBefore.from}→${segment.breakBefore.to}|`] : []),
      ...segment.entries.map(
        (e) =>
          `${e.year} ${e.kind} ${e.printed ? `${e.printed.qualifier ?? ''}${e.printed.value}${e.printed.unit}` : ''} ${e.docId}${e.provisional ? ` ${e.provisional}` : ''}`,
      ),
    ]),
    ...aims,
  ];
}

describe('the headline indicators, 2021–2025', () => {
  it('charts the headline indicators that have figures in two years or more, in the reports’ order', () => {
    // R&D intensity (a 2024 target only) and per capita income (a 2025 aim only) have one year each.
    const dropped = HEADLINE_IDS.filter((id) => !series.some((s) => s.indicator.id === id));
    expect(dropped).toEqual(['rd-intensity', 'per-capita-disposable-income']);
    const rdIntensity = indicatorById(dataset, 'rd-intensity')!;
    const income = indicatorById(dataset, 'per-capita-disposable-income')!;
    expect(indicatorYears(dataset, rdIntensity).years).toEqual([2024]);
    expect(indicatorYears(dataset, income).years).toEqual([2025]);
    expect(series.map((s) => s.indicator.id)).toEqual(HEADLINE_IDS.filter((id) => !dropped.includes(id)));
    expect(series.every((s) => s.years.length >= 2)).toBe(true);
    expect(byId('gdp').years).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('gives GDP growth as every document states it, the two 2024 outcomes side by side', () => {
    const gdp = byId('gdp');
    expect(rows(gdp.growth)).toEqual([
      '2021 actual 9% WZ-GWR-2022 estimate',
      '2022 target 左右8% WZ-GWR-2022',
      '2023 actual 4.5% WZ-GWR-2024 estimate',
      '2024 target 以上5% WZ-GWR-2024',
      '2024 actual 5.5% WZ-GWR-2025 estimate',
      '2024 actual 5.3% WZ-SB-2024 accounting',
      '2025 target 以上5% WZ-GWR-2025',
    ]);
    // Stated rates at comparable prices are not cut by the census revision.
    expect(gdp.growth?.segments).toHaveLength(1);
    const outcomes2024 = gdp.growth?.segments[0]?.entries.filter((e) => e.year === 2024 && e.kind === 'actual') ?? [];
    expect(outcomes2024.map((e) => [e.docKind, e.sameYearAndKind])).toEqual([
      ['work-report', true],
      ['statistical-bulletin', true],
    ]);
  });

  it('breaks GDP levels at the fifth economic census and never joins 1638 to 2005.70', () => {
    const gdp = byId('gdp');
    expect(rows(gdp.level)).toEqual([
      '2021 actual 1500亿元 WZ-GWR-2022 estimate',
      '2023 actual 1638亿元 WZ-GWR-2024 estimate',
      '2023 actual 1624亿元 WBK-SZYB2024',
      '|before-fifth-census→after-fifth-census|',
      '2024 actual 2005.7亿元 WZ-SB-2024 accounting',
    ]);
    const after = gdp.level?.segments[1]?.entries[0];
    expect(after?.printed).toEqual({ value: 2005.7, unit: '亿元', qualifier: undefined, decimals: 2 });
    expect(gdp.census?.before.id).toBe('gdp@2023');
    expect(gdp.census?.before.printed?.value).toBe(1638);
    expect(gdp.census?.after.id).toBe('gdp@2024-wz-sb-2024');
    expect(gdp.census?.afterGrowth).toEqual({ value: 5.3, qualifier: undefined });
  });

  it('keeps the bulletin’s industrial output beside the 2025 report’s estimate', () => {
    expect(rows(byId('industrial-output').level)).toEqual([
      '2021 actual 2100亿元 WZ-GWR-2022 estimate',
      '2022 target 2300亿元 WZ-GWR-2022',
      '2023 actual 2502亿元 WZ-GWR-2024 estimate',
      '2024 actual 2685亿元 WZ-GWR-2025 estimate',
      '2024 actual 2702.49亿元 WZ-SB-2024',
    ]);
    expect(byId('industrial-output').census).toBeNull();
  });

  it('shows budget revenue’s stated comparable-basis rate, and its 2025 aim in words, without a bar', () => {
    const budget = byId('budget-revenue');
    expect(rows(budget.growth).slice(-3)).toEqual([
      '2024 target 以上4% WZ-GWR-2024',
      '2024 actual 4.9% WZ-GWR-2025 estimate',
      '2025 target 保持正增长 WZ-GWR-2025 (aim)',
    ]);
    expect(budget.growth?.segments.flatMap((s) => s.entries).every((e) => e.drawn !== null)).toBe(true);
    expect(budget.growth?.aims.map((e) => e.aim?.en)).toEqual(['keep growing (positive growth)']);
    // 222.6 → 219.6 is a fall by levels; no rate is computed from them: the only 2024 rate is the stated +4.9%.
    expect(budget.growth?.segments[0]?.entries.filter((e) => e.year === 2024 && e.kind === 'actual').map((e) => e.drawn)).toEqual([4.9]);
  });

  it('breaks foreign trade where the unit changes from 亿美元 to 亿元, in levels and rates', () => {
    const trade = byId('foreign-trade');
    expect(rows(trade.level)).toEqual([
      '2021 actual 90亿美元 WZ-GWR-2022 estimate',
      '|us-dollars→yuan|',
      '2023 actual 717亿元 WZ-GWR-2024 estimate',
      '2024 actual 797.1亿元 WZ-GWR-2025 estimate',
    ]);
    expect(trade.level?.unit).toBeNull();
    expect(rows(trade.growth)).toEqual([
      '2021 actual 9.6% WZ-GWR-2022 estimate',
      '|us-dollars→yuan|',
      '2023 actual 9% WZ-GWR-2024 estimate',
      '2024 actual 11.3% WZ-GWR-2025 estimate',
      '2025 target 保稳提质 WZ-GWR-2025 (aim)',
    ]);
  });

  it('puts levels in a share’s own unit and targets with their qualifier', () => {
    expect(rows(byId('high-tech-share').level)).toEqual([
      '2022 actual 65% XH-2023-07',
      '2023 actual 70.7% WZ-GWR-2024 estimate',
      '2025 target 以上70% WZ-GWR-2025',
    ]);
    expect(rows(byId('retail-sales').level)).toEqual([
      '2021 actual 860亿元 WZ-GWR-2022 estimate',
      '2023 actual 933亿元 WZ-GWR-2024 estimate',
      '2024 target 突破1000亿元 WZ-GWR-2024',
      '2025 target 超1000亿元 WZ-GWR-2025',
    ]);
  });

  it('links only the 2024 report’s figures to a figure page', () => {
    const entries = byId('gdp').growth?.segments.flatMap((s) => s.entries) ?? [];
    expect(entries.filter((e) => e.hasFigurePage).map((e) => e.id)).toEqual(['gdp@2023', 'gdp@2024']);
  });

  it('scales growth across indicators and levels per indicator, per segment where the unit changes', () => {
    const scale = growthScale(series);
    expect(scale).toEqual({ min: 0, max: 35.8 });
    const trade = byId('foreign-trade');
    const level = trade.level;
    if (!level) throw new Error('no level panel');
    expect(segmentScale(level, level.segments[0]!, scale).max).toBe(90);
    expect(segmentScale(level, level.segments[1]!, scale).max).toBe(797.1);
    const gdpLevel = byId('gdp').level!;
    expect(segmentScale(gdpLevel, gdpLevel.segments[0]!, scale).max).toBe(2005.7);
  });

  it('copes with a dataset that has none of them', () => {
    expect(yearSeries(fixtureDataset()).every((s) => s.years.length >= 2)).toBe(true);
  });
});

describe('segmentsOf', () => {
  const e = (id: string, basis: YearEntry['basis']): YearEntry => ({
    id,
    year: 2023,
    kind: 'actual',
    docId: 'D',
    docKind: 'work-report',
    docYear: 2024,
    hasFigurePage: false,
    drawn: 1,
    printed: { value: 1, unit: '亿元' },
    aim: null,
    provisional: null,
    basis,
    sameYearAndKind: false,
  });

  it('cuts only where two known bases differ; an unknown basis joins its neighbours', () => {
    const segments = segmentsOf([e('a', 'above-designated-size-output'), e('b', null), e('c', 'industry-size'), e('d', 'industry-size')]);
    expect(segments.map((s) => [s.breakBefore, s.entries.map((x) => x.id)])).toEqual([
      [null, ['a', 'b']],
      [{ from: 'above-designated-size-output', to: 'industry-size' }, ['c', 'd']],
    ]);
    expect(segmentsOf([])).toEqual([]);
  });
});
