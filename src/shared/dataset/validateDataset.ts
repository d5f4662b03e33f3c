import type { Dataset } from './schema';
import { DatasetError, type DatasetErrorKind } from './datasetError';

type WorkerAnswer = { ok: true; dataset: Dataset } | { ok: false; kind: DatasetErrorKind; message: string; problems: string[] };

/**
 * The dataset's text is validated in a worker, so parsing and checking 150 KB of JSON against the
 * schema never blocks the page; where workers are missing, the validator is loaded and run here.
 *
 * Starts the validator's worker now, so that its code loads while the dataset is still on its
 * way (not after it, in a chain), and returns the function that validates the text once it is here.
 */
export function startValidator(): { validate: (text: string) => Promise<Dataset>; cancel: () => void } {
  if (typeof Worker === 'undefined') {
    return {
      validate: async (text) => {
        const { parseDatasetText } = await import('./loadDataset');
        return parseDatasetText(text);
      },
      cancel: () => undefined,
    };
  }
  const worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
  let answer: Promise<WorkerAnswer> | undefined;
  const ask = (text: string) =>
    (answer ??= new Promise<WorkerAnswer>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerAnswer>) => resolve(event.data);
      worker.onerror = (event) => reject(new DatasetError('schema', `The dataset could not be checked: ${event.message}`));
      worker.postMessage(text);
    }));
  return {
    validate: async (text) => {
      try {
        const result = await ask(text);
        if (result.ok) return result.dataset;
        throw new DatasetError(result.kind, result.message, result.problems);
      } finally {
        worker.terminate();
      }
    },
    cancel: () => worker.terminate(),
  };
}
