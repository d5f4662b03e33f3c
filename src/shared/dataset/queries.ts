import { queryOptions } from '@tanstack/react-query';
import { DatasetError, fetchReportText, fetchText } from './datasetError';
import { startValidator } from './validateDataset';
import { buildDatasetExpected, buildValidatedDataset } from './buildValidated';
import { appFile } from '../lib/appRoot';

// From the app's root, not the page: a view's page stands in a folder of its own (en/clusters/).
export const DATASET_URL = appFile('data/wuzhong-2024.json');
const REPORT_TEXT_URL = appFile('data/wuzhong-2024.report.zh.txt');

/** Network failures get two more tries; a malformed file is reported at once. */
function retryTransient(failureCount: number, error: unknown): boolean {
  return error instanceof DatasetError && error.retryable && failureCount < 2;
}

export const datasetQuery = queryOptions({
  queryKey: ['dataset', DATASET_URL],
  queryFn: async ({ signal }) => {
    // A page built from this file knows its digest: the file is then taken as the build validated
    // it (buildValidated.ts), and the validator is needed only if another file arrives. Without a
    // digest, the validator's code loads beside the dataset, not after it.
    const validator = buildDatasetExpected() ? null : startValidator();
    let text: string;
    try {
      text = await fetchText(DATASET_URL, signal);
    } catch (error) {
      validator?.cancel();
      throw error;
    }
    if (!validator) {
      const built = await buildValidatedDataset(text);
      if (built) return built;
    }
    return (validator ?? startValidator()).validate(text);
  },
  staleTime: Infinity,
  retry: retryTransient,
});

export const reportTextQuery = queryOptions({
  queryKey: ['report-text', REPORT_TEXT_URL],
  queryFn: ({ signal }) => fetchReportText(REPORT_TEXT_URL, signal),
  staleTime: Infinity,
  retry: retryTransient,
});
