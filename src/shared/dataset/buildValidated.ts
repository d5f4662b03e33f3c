import type { Dataset } from './schema';
import { PRIMARY_DOCUMENT_ID } from './codes';

/**
 * The dataset file the build validated, recognised by its SHA-256, so a page need not validate it
 * again before it hydrates: validation is a pure function of the file's text (and of the reference
 * that ships with the build), so the same bytes validate the same way. The build writes the digest
 * into each page (`data-dataset-sha256` on #root) only after checking that, for exactly this file,
 * `withSchemaDefaults` gives what the validator gives (`sameData`); any other file (replaced on the
 * server, changed in transit, or no digest to compare with) goes through the validator in its
 * worker before anything is rendered from it, and a file that fails it shows its error as before.
 */

/** SHA-256 of a text (UTF-8), in hex; null where the browser offers no Web Crypto (an insecure context). */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

type RawValue = { doc?: string };
type RawDataset = { indicators: { values: RawValue[] }[] };

/**
 * What the schema adds to a valid file, without the validator: a 2024 report value's `doc`
 * (`DocumentId.default(PRIMARY_DOCUMENT_ID)`). Only for the file the build validated; the build
 * checks the result against the validator's for that file, so a new default cannot slip by.
 */
export function withSchemaDefaults(raw: unknown): Dataset {
  for (const indicator of (raw as RawDataset).indicators) for (const value of indicator.values) value.doc ??= PRIMARY_DOCUMENT_ID;
  return raw as Dataset;
}

/** The same data, whatever the order of each object's keys (the validator writes them in the schema's order). */
export function sameData(a: unknown, b: unknown): boolean {
  const sorted = (_key: string, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : value;
  return JSON.stringify(a, sorted) === JSON.stringify(b, sorted);
}

let expected: string | null = null;
/** The digest of the file this page was built from (main.tsx reads it from the page). */
export function expectBuildDataset(digest: string | null | undefined): void {
  expected = digest && /^[0-9a-f]{64}$/.test(digest) ? digest : null;
}
export const buildDatasetExpected = (): boolean => expected !== null;

const fromBuild = new WeakSet<object>();
/** The dataset came from the very file the build validated (and prerendered this page from). */
export const isBuildDataset = (dataset: Dataset): boolean => fromBuild.has(dataset);

/** The dataset, if `text` is the file the build validated; null otherwise (then it must be validated). */
export async function buildValidatedDataset(text: string): Promise<Dataset | null> {
  if (expected === null || (await sha256Hex(text)) !== expected) return null;
  let dataset: Dataset;
  try {
    dataset = withSchemaDefaults(JSON.parse(text));
  } catch {
    return null;
  }
  fromBuild.add(dataset);
  return dataset;
}
