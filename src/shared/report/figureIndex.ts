import type { Dataset, Indicator, PrintedValue } from '../dataset/schema';
import { findNumbers, locateQuote, type NumberToken } from './reportFigures';

/**
 * Where each dataset value stands in the report text, and which value holds
 * each figure printed there. The report view links figures to the ledger with
 * it; the coverage test uses it to find figures no value holds.
 */

export interface LocatedValue {
  indicator: Indicator;
  value: PrintedValue;
  start: number;
  end: number;
}

export function locateValues(dataset: Dataset, report: string): LocatedValue[] {
  return dataset.indicators.flatMap((indicator) =>
    indicator.values.flatMap((value) => {
      const at = locateQuote(report, value.quote);
      return 'error' in at ? [] : [{ indicator, value, ...at }];
    }),
  );
}

/** Does this value hold the figure printed at `token`: same number and unit, inside its quote? */
export function holdsFigure(located: LocatedValue, token: NumberToken): boolean {
  if (token.start < located.start || token.figureEnd > located.end) return false;
  const { value } = located;
  const asValue = value.value === token.value && value.unit === token.unit;
  const asGrowth = value.growthPct !== undefined && Math.abs(value.growthPct) === token.value && token.unit === '%';
  return asValue || asGrowth;
}

export interface FigureMatch {
  token: NumberToken;
  /** The values holding this figure; usually one. */
  values: LocatedValue[];
}

/** Every figure (number with a unit) of the report with the values that hold it. */
export function matchFigures(report: string, located: readonly LocatedValue[]): FigureMatch[] {
  return findNumbers(report)
    .filter((token) => token.unit !== undefined)
    .map((token) => ({ token, values: located.filter((l) => holdsFigure(l, token)) }));
}
