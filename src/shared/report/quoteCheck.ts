import type { Dataset } from '../dataset/schema';
import { locateQuote } from './reportFigures';

/** Every quote must stand verbatim, once, in the report; returns the failing field paths. */
export function checkQuotes(dataset: Dataset, report: string): string[] {
  const problems: string[] = [];
  dataset.indicators.forEach((indicator, i) =>
    indicator.values.forEach((value, j) => {
      const at = locateQuote(report, value.quote);
      if ('error' in at) problems.push(`indicators[${i}].values[${j}].quote (${value.id}): ${at.error}`);
    }),
  );
  dataset.zones.forEach((zone, i) =>
    zone.statements.forEach((statement, j) => {
      const at = locateQuote(report, statement.quote);
      if ('error' in at) problems.push(`zones[${i}].statements[${j}].quote (${statement.id}): ${at.error}`);
    }),
  );
  return problems;
}
