import type { Dataset } from './schema';
import { DatasetError, type DatasetErrorKind } from './datasetError';

type WorkerAnswer = { ok: true; dataset: Dataset } | { ok: false; kind: DatasetErrorKind; message: string; problems: string[] };

/**
 * Validates the dataset's text in a worker, so parsing and checking 150 KB of
 * JSON against the schema never blocks the page; where workers are missing,
 * it loads the validator and runs it here.
 */
export async function validateDatasetText(text: string): Promise<Dataset> {
  if (typeof Worker === 'undefined') {
    const { parseDatasetText } = await import('./loadDataset');
    return parseDatasetText(text);
  }
  const worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
  try {
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerAnswer>) => resolve(event.data);
      worker.onerror = (event) => reject(new DatasetError('schema', `The dataset could not be checked: ${event.message}`));
      worker.postMessage(text);
    });
    if (answer.ok) return answer.dataset;
    throw new DatasetError(answer.kind, answer.message, answer.problems);
  } finally {
    worker.terminate();
  }
}
