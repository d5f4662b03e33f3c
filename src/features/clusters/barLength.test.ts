import { describe, expect, it } from 'vitest';
import { barPercent } from './barLength';

describe('bar length', () => {
  it('runs the axis from 0 to max × labelRoom', () => {
    expect(barPercent(1500, 1500, 1.5)).toBeCloseTo(66.6667, 4);
    expect(barPercent(1550, 1000, 1.55)).toBe(100);
    expect(barPercent(500, 1000, 2)).toBe(25);
  });

  it('keeps lengths in the ratio of their values, so charts that share max compare', () => {
    const a = barPercent(1300, 1500, 1.55);
    const b = barPercent(440, 1500, 1.55);
    expect(a / b).toBeCloseTo(1300 / 440, 3);
  });

  it('draws nothing for a value the report does not give, a negative value or an empty scale', () => {
    expect(barPercent(0, 1500, 1.55)).toBe(0);
    expect(barPercent(-3, 10, 1.55)).toBe(0);
    expect(barPercent(5, 0, 1.55)).toBe(0);
    expect(barPercent(Number.NaN, 10, 1.55)).toBe(0);
  });

  it('never runs past the plot', () => {
    expect(barPercent(3000, 1000, 1.55)).toBe(100);
  });

  it('rounds to four decimals', () => {
    expect(barPercent(1, 3, 1)).toBe(33.3333);
  });
});
