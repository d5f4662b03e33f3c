/**
 * The address phones should open when they scan a QR code: set at build time
 * with VITE_PUBLIC_BASE_URL (the dashboard's public address, ending in /), else
 * the page's own address without its query.
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
  return `${window.location.origin}${window.location.pathname}`;
}
