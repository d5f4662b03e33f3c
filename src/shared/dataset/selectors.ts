import type { AnyValue, CitedValue, Dataset, Indicator, PrintedValue, SourceDocument } from './schema';

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

/*
 * Everything above reads the 2024 report's own values (`indicator.values`),
 * which is what every view of that report shows. Values from other documents
 * sit apart (`indicator.cited`) and are read only through the selectors below,
 * so no existing view can pick up the yearbook's 1624.00 as the 2023 GDP.
 */

/** The 2024 report's values of an indicator: the same as `indicator.values`, named for readers of mixed code. */
export function primaryValues(indicator: Indicator): PrintedValue[] {
  return indicator.values;
}

/** An indicator's values from other documents (earlier and later reports, the bulletin, news). */
export function citedValues(indicator: Indicator): CitedValue[] {
  return indicator.cited ?? [];
}

/** Every value of an indicator from every document, by year (stable within a year). */
export function valuesFromAllDocuments(indicator: Indicator): AnyValue[] {
  return [...indicator.values, ...citedValues(indicator)].sort((a, b) => a.year - b.year);
}

/** Every cited value with its indicator, in dataset order. */
export function allCitedValues(dataset: Dataset): { indicator: Indicator; value: CitedValue }[] {
  return dataset.indicators.flatMap((indicator) => citedValues(indicator).map((value) => ({ indicator, value })));
}

export function documentById(dataset: Dataset, id: string): SourceDocument | undefined {
  return dataset.documents.find((document) => document.id === id);
}

/** The 2024 report (the dataset check guarantees there is exactly one primary document). */
export function primaryDocument(dataset: Dataset): SourceDocument | undefined {
  return dataset.documents.find((document) => document.primary === true);
}
