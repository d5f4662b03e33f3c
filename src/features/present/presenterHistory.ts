import { DEFAULT_LEDGER, HOME, type LinkTarget } from '../../shared/lib/appUrl';
import { setAppUrl } from '../../shared/lib/urlState';

/**
 * Leaving presenter mode as if it had been one ordinary page in history.
 *
 * Entering pushes one entry (?present=1&slide=1 over the view); slides replace
 * it. Pushing the view again on the way out would leave the presentation one
 * Back away, at its last slide. So when the entry before is the view the reader
 * came from, leaving goes back to it; otherwise (a slide link opened afresh)
 * the presentation's entry becomes the view, and Back goes where the reader
 * was before.
 */

const PRESENTER_PARAMS = ['present', 'slide', 'speaker'];

/** The query without the presenter's own parameters, in a stable order. */
export function viewQuery(href: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  for (const name of PRESENTER_PARAMS) params.delete(name);
  params.sort();
  return `${url.origin}${url.pathname}?${params.toString()}`;
}

/** Whether `before` is the dashboard view that `here` (a presenter address) was opened from. */
export function isViewBefore(before: string | null | undefined, here: string): boolean {
  if (!before) return false;
  const params = new URL(before).searchParams;
  return params.get('present') !== '1' && viewQuery(before) === viewQuery(here);
}

interface NavigationEntryLike {
  url: string | null;
  index: number;
}
interface NavigationLike {
  currentEntry: NavigationEntryLike | null;
  entries(): NavigationEntryLike[];
}

/** The address of the history entry before this one, where the browser tells it (the Navigation API). */
function previousEntryUrl(): string | null {
  const navigation = (window as Window & { navigation?: NavigationLike }).navigation;
  const here = navigation?.currentEntry;
  if (!navigation || !here || here.index < 1) return null;
  return navigation.entries()[here.index - 1]?.url ?? null;
}

/** Leaves presenter mode for the view it was opened over, without leaving the presentation in history. */
export function leavePresenter(): void {
  if (isViewBefore(previousEntryUrl(), window.location.href)) {
    window.history.back();
    return;
  }
  setAppUrl((url) => ({ ...url, present: false, slide: null, speaker: false }), { replace: true });
}

/**
 * Shows, instead of the slide, the dashboard view its QR code opens (`link`),
 * in place of the presenter's entry: on a phone held upright a slide's type
 * would shrink below reading size, while the view is laid out for the phone.
 */
export function replaceWithSlideView(link: LinkTarget): void {
  setAppUrl((url) => ({ ...HOME, ...link, ledger: { ...DEFAULT_LEDGER, ...link.ledger }, lang: url.lang }), { replace: true });
}
