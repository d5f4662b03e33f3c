import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { initI18n } from './shared/i18n/i18n';
import { isLang, readStoredLanguage } from './shared/i18n/resolveLanguage';
import { createQueryClient } from './shared/dataset/queryClient';
import { datasetQuery, reportTextQuery } from './shared/dataset/queries';
import { fingerprint } from './shared/lib/fingerprint';
import { expectBuildDataset, isBuildDataset } from './shared/dataset/buildValidated';
import { currentAppUrl } from './shared/lib/urlState';
import { App, preloadPresenter, preloadView } from './app/App';
import './styles.css';

// The page's links (icon, manifest) are written relative to its folder; in-app navigation moves
// the address to other folders, so they are pinned to where they point now.
for (const link of document.head.querySelectorAll<HTMLLinkElement>('link[href]')) link.setAttribute('href', link.href);

// The address's language (its en/ path, or ?lang=) wins, then the reader's stored choice, then Chinese.
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// The build validated the dataset it prerendered this page from, and wrote down its digest.
expectBuildDataset(container.dataset.datasetSha256);

const url = currentAppUrl();
const stored = readStoredLanguage();
const lang = url.lang ?? (isLang(stored) ? stored : 'zh');
const queryClient = createQueryClient();
// The dataset and the view's code are fetched side by side (the page's head preloads both).
const dataset = queryClient.ensureQueryData(datasetQuery);
const view = url.present ? preloadPresenter(lang) : preloadView(url.view, lang);
// The report view shows the report's text, prerendered too: hydrating it needs the same text.
const text = url.view === 'report' && !url.present ? queryClient.ensureQueryData(reportTextQuery) : null;
// Only this page's language: the other loads when the reader reaches for the language button.
await initI18n(lang, [lang], ['core']);

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>
);

/** Renders afresh: React replaces what is on screen (a prerendered header stays until then) in one commit. */
async function render(): Promise<void> {
  // Rendering once the data and the view's code are here paints the view at once, not a spinner first.
  await Promise.allSettled([dataset, view, text]);
  if (document.documentElement.dataset.firstView === 'none') container?.replaceChildren();
  const root = createRoot(container as HTMLElement);
  startTransition(() => root.render(app));
}

// The build prerenders each view's page (its head script decides before the first paint whether
// this address may show it). It stays on screen while the dataset loads; then React hydrates the
// same tree, if the dataset is the one it was rendered from (a dataset replaced on the server is rendered afresh).
if (container.dataset.prerendered === lang && document.documentElement.dataset.firstView === lang) {
  try {
    const loaded = await dataset;
    const ready = isBuildDataset(loaded) || fingerprint(loaded) === container.dataset.dataset;
    // The whole page hydrates at once, its view's code included (preloaded beside the data).
    await Promise.allSettled([view, text]);
    // As a transition, hydration yields to the browser every few milliseconds instead of holding
    // the main thread for the whole page (an input meanwhile hydrates its own part first).
    if (ready) startTransition(() => void hydrateRoot(container, app));
    else await render();
  } catch {
    // The error screen needs a client render; the query keeps the error to show.
    await render();
  }
} else {
  await render();
}

// Offline support starts once the page is up, so it never competes with the first view.
const startServiceWorker = () => void import('./app/serviceWorker').then((m) => m.registerServiceWorker(queryClient));
if (document.readyState === 'complete') startServiceWorker();
else window.addEventListener('load', startServiceWorker, { once: true });
