import { useMemo, useSyncExternalStore } from 'react';
import { parseAppUrl, serializeAppUrl, type AppUrl } from './appUrl';
import { appRootHref } from './appRoot';

/**
 * The address is the app's navigation state. Components read it with `useAppUrl` (parsed by
 * the one model in appUrl.ts) and change it with `setAppUrl` or by following the app's own
 * links; both keep the browser history and every reader in step.
 */

const CHANGE = 'urlstatechange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const getServerHref = () => '';

/**
 * The page's address below the app's root (`en/clusters/?q=x`). In the browser it is read from
 * the location, also while hydrating (a page is hydrated only where it was rendered for its own
 * address); the build's render sets the address it renders (`setRenderedLocation`).
 */
let rendered = '';
export function setRenderedLocation(location: string): void {
  rendered = location;
}
let rootPath: string | undefined;
function getLocation(): string {
  rootPath ??= new URL(appRootHref()).pathname;
  const { pathname, search } = window.location;
  return `${pathname.startsWith(rootPath) ? pathname.slice(rootPath.length) : ''}${search}`;
}
const getServerLocation = () => (typeof window === 'undefined' ? rendered : getLocation());

/** Parses an address below the app's root. */
export function parseLocation(location: string): AppUrl {
  const at = location.indexOf('?');
  return at < 0 ? parseAppUrl('', location) : parseAppUrl(location.slice(at), location.slice(0, at));
}

/** The page's full address (empty in the build's render); re-renders when it changes. */
export function useHref(): string {
  return useSyncExternalStore(subscribe, () => window.location.href, getServerHref);
}

/** The current address, parsed; re-renders when it changes. */
export function useAppUrl(): AppUrl {
  const location = useSyncExternalStore(subscribe, getLocation, getServerLocation);
  return useMemo(() => parseLocation(location), [location]);
}

/** The current address, parsed, outside React. */
export const currentAppUrl = (): AppUrl => parseLocation(getLocation());

function go(address: string, replace: boolean, state: unknown): void {
  // The canonical address is relative to the app's root ('./en/clusters/'); a bare query ('?x') stays on this page.
  const target = new URL(address, address.startsWith('?') ? window.location.href : appRootHref());
  const url = `${target.pathname}${target.search}`;
  if (replace) window.history.replaceState(state, '', url);
  else window.history.pushState(state, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

/** Changes the address from the current one: a new history entry, or (`replace`) the same one. */
export function setAppUrl(update: (url: AppUrl) => AppUrl, options: { replace?: boolean } = {}): void {
  const replace = options.replace ?? false;
  go(serializeAppUrl(update(currentAppUrl())), replace, replace ? window.history.state : null);
}

/** History entries made by following an in-app link ask the new view's heading to take focus. */
const FOCUS_VIEW = 'wuzhong:focus-view';

/**
 * After an in-app link, the new view's title takes focus so screen readers announce it; on a
 * fresh page load, or Back and Forward, focus stays where the browser puts it. The request
 * rides on the history entry, not on module state, and is used once.
 */
export function takeFocusRequest(): boolean {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null || !(FOCUS_VIEW in state)) return false;
  const { [FOCUS_VIEW]: requested, ...rest } = state as Record<string, unknown>;
  window.history.replaceState(rest, '');
  return requested === true;
}

/**
 * For links within the app: plain clicks navigate in place; modified clicks
 * (new tab, new window) are left to the browser, since every link is a real URL.
 */
export function handleInternalLink(event: React.MouseEvent<HTMLAnchorElement | SVGAElement>): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  // The attribute, not `.href`: a chart's SVG link has an SVGAnimatedString there.
  const url = new URL(event.currentTarget.getAttribute('href') ?? '', window.location.href);
  window.history.pushState({ [FOCUS_VIEW]: true }, '', `${url.pathname}${url.search}${url.hash}`);
  window.dispatchEvent(new Event(CHANGE));
}
