import { describe, expect, it } from 'vitest';
import { dataset, reportText } from '../../shared/dataset/datasetFile.testutil';
import { expectedTargets, headlineTiles, HEADLINE_IDS } from './overviewModel';

describe('headlineTiles', () => {
  const tiles = headlineTiles(dataset);

  it('finds every headline indicator with its 2023 actual', () => {
    expect(tiles.map((t) => t.indicator.id)).toEqual([...HEADLINE_IDS]);
  });

  it('holds the headline figures as printed', () => {
    const shown = Object.fromEntries(
      tiles.map((t) => [t.indicator.id, [t.actual.qualifier ?? '', t.actual.value, t.actual.unit, t.actual.growthPct]]),
    );
    expect(shown).toEqual({
      gdp: ['', 1638, '亿元', 4.5],
      'budget-revenue': ['', 222.6, '亿元', 5.8],
      'industrial-output': ['', 2502, '亿元', 2],
      'industrial-investment': ['', 140, '亿元', 16.3],
      'foreign-trade': ['', 717, '亿元', 9],
      fdi: ['', 4.86, '亿美元', 35.8],
      'high-tech-enterprises': ['', 1706, '家', 18],
      'construction-output': ['', 490, '亿元', 29.5],
      'retail-sales': ['', 933, '亿元', 5],
      'service-value-added': ['达', 875, '亿元', 3.5],
    });
  });

  it('attaches every 2024 target the report sets', () => {
    const retail = tiles.find((t) => t.indicator.id === 'retail-sales');
    expect(retail?.targets.map((v) => [v.value, v.qualifier, v.growthPct])).toEqual([
      [null, undefined, 6],
      [1000, '突破', undefined],
    ]);
    expect(tiles.find((t) => t.indicator.id === 'fdi')?.targets).toEqual([]);
  });
});

describe('expectedTargets', () => {
  const rows = expectedTargets(dataset);

  it('lists the growth targets of the report’s main expected targets, in the order the report gives them', () => {
    // The paragraph lists its targets between semicolons; those with a rate of growth are the chart's.
    const paragraph = reportText.split('\n').find((line) => line.includes('主要预期目标：')) ?? '';
    const clauses = paragraph
      .slice(paragraph.indexOf('：') + 1)
      .replace(/。$/, '')
      .split('；');
    const growthClauses = clauses.filter((clause) => /增长[\d.]+%/.test(clause));
    expect(growthClauses).toHaveLength(6);
    expect(rows.map((r) => r.target.quote)).toEqual(growthClauses);
  });

  it('pairs each target with the 2023 growth, or none where the report states none', () => {
    expect(rows.map((r) => [r.target.growthPct, r.target.growthQualifier ?? '', r.actual2023?.growthPct ?? null])).toEqual([
      [5, '以上', 4.5],
      [4, '以上', 5.8],
      [6, '', 5],
      [5, '', null],
      [3.5, '', 2],
      [10, '', 16.3],
    ]);
    expect(rows[1]?.target.notes).toEqual(['comparableBasis']);
  });
});
