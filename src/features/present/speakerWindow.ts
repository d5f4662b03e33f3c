import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../shared/i18n/lang';
import { hrefFor } from '../../shared/lib/appUrl';
import { useAppUrl } from '../../shared/lib/urlState';

/**
 * The second window of a presentation. It opens without a link back to this one
 * (`noopener`), so the browser gives it its own process and main thread: a slide change
 * renders in both windows at once rather than one after the other. The windows find each
 * other over the BroadcastChannel instead.
 *
 * With `noopener`, window.open says nothing about whether a window opened (it returns
 * null either way), so a window that has not said hello within BLOCKED_AFTER_MS is taken
 * as blocked, which also catches blockers that hand back a window that never loads.
 */

const FEATURES = { speaker: 'noopener,popup,width=1366,height=768', audience: 'noopener,popup,width=1024,height=768' } as const;
export const BLOCKED_AFTER_MS = 3000;

export interface SecondWindow {
  /** Opens the other window at the slide this one shows, unless it is already open. */
  open: () => void;
  /** The browser did not let it open. */
  blocked: boolean;
  dismiss: () => void;
}

export function useSecondWindow(which: keyof typeof FEATURES, peerPresent: boolean, slide: number, lang: Lang): SecondWindow {
  const url = useAppUrl();
  // Read when the window opens, so `open` stays the same from slide to slide.
  const slideRef = useRef(slide);
  useEffect(() => {
    slideRef.current = slide;
  }, [slide]);
  // Each press of the button or key is one attempt; an attempt the other window never answered is blocked.
  const [attempt, setAttempt] = useState(0);
  const [unanswered, setUnanswered] = useState(0);
  const presentRef = useRef(peerPresent);
  useEffect(() => {
    presentRef.current = peerPresent;
  }, [peerPresent]);
  const open = useCallback(() => {
    if (presentRef.current) return;
    const href = hrefFor(url, lang, { ...url, present: true, speaker: which === 'speaker', slide: slideRef.current });
    window.open(href, '_blank', FEATURES[which]);
    setAttempt((n) => n + 1);
  }, [url, lang, which]);
  useEffect(() => {
    if (attempt === 0) return;
    const timer = window.setTimeout(() => setUnanswered(presentRef.current ? 0 : attempt), BLOCKED_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [attempt]);
  const blocked = attempt > 0 && unanswered === attempt && !peerPresent;
  return { open, blocked, dismiss: useCallback(() => setUnanswered(0), []) };
}
