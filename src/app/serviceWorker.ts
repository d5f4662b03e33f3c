import type { QueryClient } from '@tanstack/react-query';
import { datasetQuery, reportTextQuery } from '../shared/dataset/queries';

/**
 * Registers the service worker that keeps the dashboard working offline. When a
 * new version takes over (a new dataset, a new build), the data is fetched again
 * through it, so the figures on screen are the new ones; a reload picks up new code.
 */
export async function registerServiceWorker(queryClient: QueryClient): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { registerSW } = await import('virtual:pwa-register');
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install takes control without changing anything; only an update refetches.
    if (!hadController) return;
    void queryClient.invalidateQueries({ queryKey: datasetQuery.queryKey });
    void queryClient.invalidateQueries({ queryKey: reportTextQuery.queryKey });
  });
  registerSW({ immediate: true });
}
