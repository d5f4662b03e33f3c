import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { initI18n } from './shared/i18n/i18n';
import { readStoredLanguage, resolveLanguage } from './shared/i18n/resolveLanguage';
import { createQueryClient } from './shared/dataset/queryClient';
import { datasetQuery } from './shared/dataset/queries';
import { fingerprint } from './shared/lib/fingerprint';
import { App } from './app/App';
import './styles.css';

const lang = resolveLanguage(window.location.search, readStoredLanguage());
await initI18n(lang);

const queryClient = createQueryClient();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>
);

function render(): void {
  container?.replaceChildren();
  createRoot(container as HTMLElement).render(app);
}

// The build prerenders the overview (index.html picks its language before the first paint).
// It stays on screen while the dataset loads; then React hydrates the same tree, if the
// dataset is the one it was rendered from (a dataset replaced on the server is rendered afresh).
if (container.dataset.prerendered === lang) {
  try {
    const dataset = await queryClient.ensureQueryData(datasetQuery);
    if (fingerprint(dataset) === container.dataset.dataset) hydrateRoot(container, app);
    else render();
  } catch {
    // The error screen needs a client render; the query keeps the error to show.
    render();
  }
} else {
  render();
}

// Offline support starts once the page is up, so it never competes with the first view.
const startServiceWorker = () => void import('./app/serviceWorker').then((m) => m.registerServiceWorker(queryClient));
if (document.readyState === 'complete') startServiceWorker();
else window.addEventListener('load', startServiceWorker, { once: true });
