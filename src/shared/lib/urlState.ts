import { useSyncExternalStore } from 'react';

/**
 * The URL's query string is the app's navigation state (?view=, ?lang=, ?q=…).
 * Components subscribe to it; changes go through `navigate`, which keeps the
 * browser history and every subscriber in step.
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

export type ParamUpdates = Record<string, string | null | undefined>;

/** A query string with `updates` applied to `search` (null or undefined removes a parameter). */
export function withParams(search: string, updates: ParamUpdates): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(updates)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function navigate(updates: ParamUpdates, options: { replace?: boolean; hash?: string } = {}): void {
  const search = withParams(window.location.search, updates);
  const url = `${window.location.pathname}${search}${options.hash ?? ''}`;
  if (options.replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

let focusRequested = false;

/** Goes to a link the app built (`?view=…`), in place, keeping history. */
export function navigateTo(href: string): void {
  const url = new URL(href, window.location.href);
  focusRequested = true;
  window.history.pushState(null, '', `${url.pathname}${url.search}${url.hash}`);
  window.dispatchEvent(new Event(CHANGE));
}

/**
 * After an in-app link, the new view's title takes focus so screen readers
 * announce it; on a fresh page load focus stays where the browser puts it.
 */
export function takeFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}

/**
 * For links within the app: plain clicks navigate in place; modified clicks
 * (new tab, new window) are left to the browser, since every link is a real URL.
 */
export function handleInternalLink(event: React.MouseEvent<HTMLAnchorElement>): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigateTo(event.currentTarget.href);
}
