import type { QueryClient } from '@tanstack/react-query';
import { datasetQuery, reportTextQuery } from '../shared/dataset/queries';
import { appRootHref } from '../shared/lib/appRoot';

/**
 * Registers the service worker that keeps the dashboard working offline. When a
 * new version takes over (a new dataset, a new build), the data is fetched again
 * through it, so the figures on screen are the new ones; a reload picks up new code.
 */
export async function registerServiceWorker(queryClient: QueryClient): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { Workbox } = await import('workbox-window');
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install takes control without changing anything; only an update refetches.
    if (!hadController) return;
    void queryClient.invalidateQueries({ queryKey: datasetQuery.queryKey });
    void queryClient.invalidateQueries({ queryKey: reportTextQuery.queryKey });
  });
  // The worker and its scope are the app's root, from whichever view's page (en/zones/new-city/) registers it.
  const root = appRootHref();
  const workbox = new Workbox(new URL('sw.js', root).href, { scope: root });
  // A new version (it takes over at once) reloads the page onto its code, as vite-plugin-pwa's autoUpdate does.
  workbox.addEventListener('activated', (event) => {
    if (event.isUpdate || event.isExternal) window.location.reload();
  });
  try {
    await workbox.register({ immediate: true });
  } catch {
    // No service worker (blocked, or private browsing): the dashboard works online as before.
  }
}
