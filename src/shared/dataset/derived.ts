import type { PrintedValue, UnitCode } from './schema';

/**
 * Values the dashboard computes from printed figures. They are never stored in
 * the dataset, never replace a printed number, and always carry their inputs,
 * so the display can show them as derived with their formula.
 */
export interface DerivedValue {
  kind: 'derived';
  year: number;
  /** Rounded to one decimal place: derived values are approximate by nature. */
  value: number;
  unit: UnitCode;
  formula: 'implied-previous' | 'required-growth';
  inputs: readonly PrintedValue[];
}

export const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * The previous year's size implied by a printed size and its growth:
 * 1300 ÷ (1 + 27%) ≈ 1023.6. Only meaningful when the growth is of the same
 * measure; Chinese growth rates are often at comparable prices, so this is an
 * approximation of the earlier nominal size.
 */
export function impliedPrevious(actual: PrintedValue): DerivedValue | null {
  if (actual.value === null || actual.growthPct === undefined || actual.growthQualifier !== undefined) return null;
  return {
    kind: 'derived',
    year: actual.year - 1,
    value: round1(actual.value / (1 + actual.growthPct / 100)),
    unit: actual.unit,
    formula: 'implied-previous',
    inputs: [actual],
  };
}

/** The growth a target requires over the printed actual: 1500 ÷ 1300 − 1 ≈ 15.4%. */
export function requiredGrowth(actual: PrintedValue, target: PrintedValue): DerivedValue | null {
  if (actual.value === null || target.value === null || actual.unit !== target.unit || actual.value === 0) return null;
  return {
    kind: 'derived',
    year: target.year,
    value: round1((target.value / actual.value - 1) * 100),
    unit: '%',
    formula: 'required-growth',
    inputs: [actual, target],
  };
}
