import { describe, expect, it } from 'vitest';
import type { PrintedValue } from './schema';
import { impliedPrevious, requiredGrowth, round1 } from './derived';

const value = (v: Partial<PrintedValue>): PrintedValue => ({
  id: 'x@2023',
  doc: 'WZ-GWR-2024',
  year: 2023,
  kind: 'actual',
  value: 100,
  unit: '亿元',
  section: 'review-industry',
  quote: 'quote',
  ...v,
});

describe('impliedPrevious', () => {
  it('divides the printed size by one plus the growth, to one decimal', () => {
    expect(impliedPrevious(value({ value: 1300, growthPct: 27 }))?.value).toBe(1023.6);
    expect(impliedPrevious(value({ value: 780, growthPct: 25.8 }))?.value).toBe(620);
    expect(impliedPrevious(value({ value: 380, growthPct: 25.4 }))?.value).toBe(303);
    expect(impliedPrevious(value({ value: 1750, growthPct: 8 }))?.value).toBe(1620.4);
  });

  it('is a 2022 derived value that keeps its input', () => {
    const input = value({ value: 1300, growthPct: 27 });
    expect(impliedPrevious(input)).toMatchObject({
      kind: 'derived',
      year: 2022,
      unit: '亿元',
      formula: 'implied-previous',
      inputs: [input],
    });
  });

  it('refuses when there is no growth, no value, or only a bound on the growth', () => {
    expect(impliedPrevious(value({ growthPct: undefined }))).toBeNull();
    expect(impliedPrevious(value({ value: null, growthPct: 5 }))).toBeNull();
    expect(impliedPrevious(value({ growthPct: 10, growthQualifier: '超' }))).toBeNull();
  });
});

describe('requiredGrowth', () => {
  it('gives the growth from the printed actual to the printed target', () => {
    const target = (v: number) => value({ id: 't@2024', year: 2024, kind: 'target', value: v });
    expect(requiredGrowth(value({ value: 1300 }), target(1500))?.value).toBe(15.4);
    expect(requiredGrowth(value({ value: 780 }), target(1000))?.value).toBe(28.2);
    expect(requiredGrowth(value({ value: 380 }), target(440))?.value).toBe(15.8);
    expect(requiredGrowth(value({ value: 1750 }), target(1800))?.value).toBe(2.9);
  });

  it('refuses different units or a missing value', () => {
    expect(requiredGrowth(value({ value: 10 }), value({ value: 12, unit: '%' }))).toBeNull();
    expect(requiredGrowth(value({ value: null, growthPct: 3 }), value({ value: 12 }))).toBeNull();
  });

  it('rounds half away from zero at one decimal', () => {
    expect(round1(15.35)).toBe(15.4);
    expect(round1(2.857)).toBe(2.9);
  });
});
