import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { initI18n } from '../shared/i18n/i18n';
import { createQueryClient } from '../shared/dataset/queryClient';
import { datasetQuery } from '../shared/dataset/queries';
import { parseDataset } from '../shared/dataset/loadDataset';
import type { Lang } from '../shared/i18n/lang';
import { fingerprint } from '../shared/lib/fingerprint';
import { App } from './App';

// The build's inline language script is generated from these, so it follows the app.
export { firstViewOf, VIEWS } from '../shared/lib/appUrl';
export { LANG_STORAGE_KEY } from '../shared/i18n/resolveLanguage';

/**
 * Renders the first view (the overview) to HTML at build time, with the
 * validated dataset already in the query cache: the same tree the browser
 * hydrates once it has fetched the same dataset.
 */
export async function renderFirstView(rawDataset: unknown, lang: Lang): Promise<{ html: string; title: string; dataset: string }> {
  const dataset = parseDataset(rawDataset);
  if (!i18next.isInitialized) await initI18n(lang);
  else await i18next.changeLanguage(lang);
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQuery.queryKey, dataset);
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
  return { html, title: i18next.t('app.documentTitle'), dataset: fingerprint(dataset) };
}
