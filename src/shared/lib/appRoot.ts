/**
 * The app's root address, where index.html, data/ and assets/ live, wherever the build is hosted
 * (any host, any subpath: `base: './'`) and whichever page below it is open (`en/zones/new-city/`).
 * The built scripts sit in <root>/assets/, so a script's own address tells it; in development
 * the server's root is the app's.
 */
export function appRootHref(): string {
  const here = import.meta.url;
  const at = here.lastIndexOf('/assets/');
  return at >= 0 ? here.slice(0, at + 1) : new URL('/', window.location.href).href;
}

/** The address of a file of the app (`data/wuzhong-2024.json`): below the root in the browser, as given in the build's render. */
export function appFile(path: string): string {
  return typeof window === 'undefined' ? `./${path}` : new URL(path, appRootHref()).href;
}
