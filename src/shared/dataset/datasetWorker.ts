/// <reference lib="webworker" />
import { DatasetError } from './datasetError';
import { parseDatasetText } from './loadDataset';

/** Parses and validates the dataset off the main thread; answers with the data or the reasons it failed. */
self.onmessage = (event: MessageEvent<string>) => {
  try {
    self.postMessage({ ok: true, dataset: parseDatasetText(event.data) });
  } catch (error) {
    const known = error instanceof DatasetError ? error : new DatasetError('schema', String(error));
    self.postMessage({ ok: false, kind: known.kind, message: known.message, problems: known.problems });
  }
};
