/**
 * The second window of a presentation. A name lets the browser find it again; a reference
 * lets a second press of S bring it forward rather than load it afresh (which would reset
 * the speaker's timer).
 */

const NAMES = { speaker: 'wuzhong-speaker', audience: 'wuzhong-audience' } as const;
const FEATURES = { speaker: 'popup,width=1366,height=768', audience: 'popup,width=1024,height=768' } as const;
const opened: Partial<Record<keyof typeof NAMES, Window>> = {};

export type OpenResult = 'opened' | 'focused' | 'blocked';

/** Opens the speaker's (or, from the speaker's, the audience's) window at `href`; 'blocked' where the browser refuses a new window. */
export function openPresentationWindow(which: keyof typeof NAMES, href: string): OpenResult {
  const existing = opened[which];
  if (existing && !existing.closed) {
    existing.focus();
    return 'focused';
  }
  const win = window.open(href, NAMES[which], FEATURES[which]);
  if (!win) return 'blocked';
  opened[which] = win;
  return 'opened';
}
