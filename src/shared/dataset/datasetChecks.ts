import { PRIMARY_DOCUMENT_ID } from './codes';
import { differencesFromRow, type ReferenceRow } from './reference';
import type { AnyValue, Dataset, Indicator } from './schema';
import { targetOutcomes } from './targetOutcomes';
import { unitFamily } from './outcome';

/**
 * Checks across the dataset that the schema cannot express field by field:
 * the document registry, values against their documents' dates and against
 * the reference rows they were read from, breaks of basis, and whether the
 * outcome rule can decide every target. Each problem names the value's id and
 * the reason; parseDataset turns any problem into a DatasetError.
 */

const yearOf = (date: string) => Number(date.slice(0, 4));

function documentProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const ids = dataset.documents.map((d) => d.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) problems.push(`documents[${i}] ${id}: duplicate document id`);
  });
  const primaries = dataset.documents.filter((d) => d.primary === true);
  const primary = primaries[0];
  if (primaries.length !== 1 || primary?.id !== PRIMARY_DOCUMENT_ID) {
    problems.push(
      `documents: exactly one primary document, ${PRIMARY_DOCUMENT_ID}, is expected (found ${primaries.map((d) => d.id).join(', ') || 'none'})`,
    );
  }
  if (primary) {
    if (primary.date !== dataset.report.date)
      problems.push(`${primary.id}: dated ${primary.date}, but the report is dated ${dataset.report.date}`);
    if (primary.textFile !== dataset.dataset.reportFile)
      problems.push(
        `${primary.id}: text file ${primary.textFile ?? '(none)'} is not the dataset's report file ${dataset.dataset.reportFile}`,
      );
  }
  return problems;
}

function valueProblems(dataset: Dataset, value: AnyValue, quoted: boolean): string[] {
  const document = dataset.documents.find((d) => d.id === value.doc);
  if (!document) return [`${value.id}: its document "${value.doc}" is not in the registry`];
  if (quoted && document.primary !== true)
    return [`${value.id}: a value quoted from the report must belong to the primary document, not ${document.id}`];
  if (!quoted && document.primary === true) return [`${value.id}: a value of the primary document must be quoted, not cited`];
  const docYear = yearOf(document.date);
  // A result can be reported only once its year is over; a target only before its year has ended.
  if (value.kind === 'actual' && value.year >= docYear) {
    return [`${value.id}: reports a result for ${value.year}, but its document ${document.id} is dated ${document.date}`];
  }
  if (value.kind === 'target' && value.year < docYear) {
    return [`${value.id}: sets a target for ${value.year}, but its document ${document.id} is dated ${document.date}, after that year`];
  }
  return [];
}

/** Where an indicator's levels change unit or basis, every level must say its basis, so charts can show the break. */
function basisProblems(indicator: Indicator): string[] {
  const values: AnyValue[] = [...indicator.values, ...(indicator.cited ?? [])];
  const levels = values.filter((v) => v.value !== null);
  // 万人 and 人 differ in scale only; 亿美元 and 亿元 are different currencies.
  const units = new Set(levels.map((v) => unitFamily(v.unit).family));
  const bases = new Set(values.flatMap((v) => (v.basis ? [v.basis] : [])));
  // A currency basis must be the currency its unit is in.
  const currency = values
    .filter(
      (v) =>
        (v.basis === 'us-dollars' && unitFamily(v.unit).family !== '美元') || (v.basis === 'yuan' && unitFamily(v.unit).family !== '元'),
    )
    .map((v) => `${v.id}: its basis ${v.basis} is not the currency of its unit ${v.unit}`);
  if (units.size <= 1 && bases.size === 0) return currency;
  return [
    ...currency,
    ...levels
      .filter((v) => v.basis === undefined)
      .map((v) => `${v.id}: ${indicator.id} changes unit or basis over the years, but this level states no basis`),
  ];
}

function referenceProblems(dataset: Dataset, reference: readonly ReferenceRow[]): string[] {
  const problems: string[] = [];
  const used = new Map<number, string>();
  const referenced = new Set(reference.map((r) => r.doc));
  for (const indicator of dataset.indicators) {
    for (const value of indicator.cited ?? []) {
      if (value.row === undefined) {
        if (referenced.has(value.doc)) problems.push(`${value.id}: ${value.doc} is read from figures.tsv, but the value names no row`);
        continue;
      }
      const row = reference[value.row - 1];
      if (!row) {
        problems.push(`${value.id}: figures.tsv has no row ${value.row}`);
        continue;
      }
      const first = used.get(value.row);
      if (first) problems.push(`${value.id}: figures.tsv row ${value.row} is already held by ${first}`);
      else used.set(value.row, value.id);
      for (const difference of differencesFromRow(value, row))
        problems.push(`${value.id}: differs from figures.tsv row ${value.row}: ${difference}`);
    }
  }
  return problems;
}

export function datasetProblems(dataset: Dataset, reference?: readonly ReferenceRow[]): string[] {
  const problems = documentProblems(dataset);
  for (const indicator of dataset.indicators) {
    for (const value of indicator.values) problems.push(...valueProblems(dataset, value, true));
    for (const value of indicator.cited ?? []) problems.push(...valueProblems(dataset, value, false));
    problems.push(...basisProblems(indicator));
  }
  if (reference) problems.push(...referenceProblems(dataset, reference));
  for (const { target, outcome } of targetOutcomes(dataset)) {
    if (!outcome.decided) problems.push(`${target.id}: the outcome rule cannot decide: ${outcome.reason}`);
  }
  return problems;
}
