import { Dataset } from './schema';
import { DatasetError } from './datasetError';
import { datasetProblems } from './datasetChecks';
import { parseReference, type ReferenceRow } from './reference';
// The reference the cited values were read from; it ships with the validator (in its worker), not with the views.
import referenceTsv from '../../../data/sources/later-documents/figures.tsv?raw';

/**
 * The one place the dataset is parsed and validated. Every failure becomes a
 * DatasetError whose `problems` name the failing fields. In the browser this
 * runs in a worker (validateDataset.ts), off the main thread.
 */

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Ids must be unique across indicators, values, zones and statements: links and the ledger rely on them. */
function duplicateIds(dataset: Dataset): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const visit = (id: string, path: string) => {
    const first = seen.get(id);
    if (first) problems.push(`${path}: duplicate id "${id}" (also at ${first})`);
    else seen.set(id, path);
  };
  dataset.indicators.forEach((indicator, i) => {
    visit(indicator.id, `indicators[${i}].id`);
    indicator.values.forEach((value, j) => visit(value.id, `indicators[${i}].values[${j}].id`));
    indicator.cited?.forEach((value, j) => visit(value.id, `indicators[${i}].cited[${j}].id`));
  });
  dataset.zones.forEach((zone, i) => {
    visit(zone.id, `zones[${i}].id`);
    zone.statements.forEach((statement, j) => visit(statement.id, `zones[${i}].statements[${j}].id`));
  });
  return problems;
}

let parsedReference: ReferenceRow[] | undefined;
const reference = () => (parsedReference ??= parseReference(referenceTsv));

export function parseDataset(raw: unknown): Dataset {
  const result = Dataset.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${pathOf(issue.path) || '(root)'}: ${issue.message}`);
    throw new DatasetError('schema', 'The dataset does not match the expected format.', problems);
  }
  const duplicates = duplicateIds(result.data);
  if (duplicates.length > 0) throw new DatasetError('schema', 'The dataset has duplicate ids.', duplicates);
  const problems = datasetProblems(result.data, reference());
  if (problems.length > 0) throw new DatasetError('schema', "The dataset's values do not agree with their documents.", problems);
  return result.data;
}

export function parseDatasetText(text: string): Dataset {
  if (text.trim() === '') throw new DatasetError('json', 'The dataset file is empty.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DatasetError('json', 'The dataset is not valid JSON.', [error instanceof Error ? error.message : String(error)]);
  }
  return parseDataset(raw);
}
