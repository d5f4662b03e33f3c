import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import { countByStatus, filterTargets, sortTargets, targetRows } from './targetsModel';

const rows = targetRows(dataset);

describe('the targets view', () => {
  it('lists every 2024 target of the report, in its order', () => {
    expect(rows).toHaveLength(107);
    expect(rows.every((row) => row.target.year === 2024 && row.target.kind === 'target')).toBe(true);
    expect(rows[0]!.target.id).toBe('gdp@2024');
  });

  it('counts the targets by what happened to them', () => {
    expect(countByStatus(rows)).toEqual({
      met: 3,
      'about-met': 1,
      missed: 1,
      qualitative: 0,
      'not-comparable': 2,
      'not-yet-reported': 100,
    });
  });

  it('says industrial investment missed its target of +10% with +6.6%', () => {
    const row = rows.find((r) => r.target.id === 'industrial-investment@2024')!;
    expect(row.status).toBe('missed');
    expect(row.target.growthPct).toBe(10);
    expect(row.outcome.assessments.map((a) => a.status)).toEqual(['missed']);
  });

  it('filters by status and section, and sorts by status', () => {
    expect(filterTargets(rows, 'met', null).map((r) => r.indicator.id)).toEqual(['gdp', 'budget-revenue', 'industrial-output']);
    expect(filterTargets(rows, null, 'plan-overview').every((r) => r.section === 'plan-overview')).toBe(true);
    expect(filterTargets(rows, 'missed', 'plan-ecology')).toEqual([]);
    const sorted = sortTargets(rows, true).map((r) => r.status);
    expect(sorted.slice(0, 5)).toEqual(['met', 'met', 'met', 'about-met', 'missed']);
    expect(sortTargets(sorted.length ? rows : [], false)[0]!.target.id).toBe('gdp@2024');
  });
});
