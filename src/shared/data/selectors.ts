import type { Dataset, Indicator, PrintedValue } from './schema';

export function indicatorById(dataset: Dataset, id: string): Indicator | undefined {
  return dataset.indicators.find((indicator) => indicator.id === id);
}

export function findValue(indicator: Indicator, year: 2023 | 2024, kind: PrintedValue['kind']): PrintedValue | undefined {
  return indicator.values.find((value) => value.year === year && value.kind === kind);
}

export function valuesOf(indicator: Indicator, year: 2023 | 2024, kind: PrintedValue['kind']): PrintedValue[] {
  return indicator.values.filter((value) => value.year === year && value.kind === kind);
}

/** Every value with its indicator, in dataset order (the report's order). */
export function allValues(dataset: Dataset): { indicator: Indicator; value: PrintedValue }[] {
  return dataset.indicators.flatMap((indicator) => indicator.values.map((value) => ({ indicator, value })));
}

export function valueById(dataset: Dataset, id: string): { indicator: Indicator; value: PrintedValue } | undefined {
  return allValues(dataset).find(({ value }) => value.id === id);
}
