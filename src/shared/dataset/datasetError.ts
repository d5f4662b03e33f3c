/**
 * Why the dataset could not be used. Every failure names what is wrong:
 * `problems` lists the failing fields, so the error screen can show them.
 * Kept free of the validator, so the views can show errors without loading it.
 */

export type DatasetErrorKind = 'network' | 'http' | 'json' | 'schema';

export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly problems: readonly string[];

  constructor(kind: DatasetErrorKind, message: string, problems: readonly string[] = []) {
    super(message);
    this.name = 'DatasetError';
    this.kind = kind;
    this.problems = problems;
  }

  /** Network and server errors may pass; a malformed file will not fix itself on retry. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'http';
  }
}

export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError('network', `Could not load ${url}.`, [error instanceof Error ? error.message : String(error)]);
  }
  if (!response.ok) throw new DatasetError('http', `Loading ${url} failed with HTTP ${response.status}.`);
  return response.text();
}

export async function fetchReportText(url: string, signal?: AbortSignal): Promise<string> {
  const text = await fetchText(url, signal);
  if (text.trim() === '') throw new DatasetError('json', 'The report text is empty.');
  return text;
}
