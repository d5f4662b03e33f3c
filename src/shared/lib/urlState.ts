import { useMemo, useSyncExternalStore } from 'react';
import { parseAppUrl, serializeAppUrl, type AppUrl } from './appUrl';

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

const getSearch = () => window.location.search;
const getServerSearch = () => '';

/** The current query string; re-renders when it changes. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, getServerSearch);
}

/** The current address, parsed; re-renders when it changes. */
export function useAppUrl(): AppUrl {
  const search = useSearch();
  return useMemo(() => parseAppUrl(search), [search]);
}

function go(search: string, replace: boolean, state: unknown): void {
  const url = `${window.location.pathname}${search === './' ? '' : search}`;
  if (replace) window.history.replaceState(state, '', url);
  else window.history.pushState(state, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

/** Changes the address from the current one: a new history entry, or (`replace`) the same one. */
export function setAppUrl(update: (url: AppUrl) => AppUrl, options: { replace?: boolean } = {}): void {
  const replace = options.replace ?? false;
  go(serializeAppUrl(update(parseAppUrl(window.location.search))), replace, replace ? window.history.state : null);
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
