import { appRootHref } from './appRoot';

/**
 * The address phones should open when they scan a QR code: set at build time
 * with VITE_PUBLIC_BASE_URL (the dashboard's public address, ending in /), else
 * the app's own root (whichever view's page is open).
 */
export function publicBase(): string {
  const configured = import.meta.env.VITE_PUBLIC_BASE_URL as string | undefined;
  if (configured) {
    try {
      return new URL(configured).toString();
    } catch {
      // A malformed setting falls back to the page's own origin.
    }
  }
  return appRootHref();
}
