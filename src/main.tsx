import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { initI18n } from './shared/i18n/i18n';
import { readStoredLanguage, resolveLanguage } from './shared/i18n/resolveLanguage';
import { createQueryClient } from './shared/data/queryClient';
import { App } from './app/App';
import './styles.css';

const lang = resolveLanguage(window.location.search, readStoredLanguage());
await initI18n(lang);

const queryClient = createQueryClient();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
