import { useCallback, useEffect, useRef, useState } from 'react';
import { setAppUrl, useAppUrl } from '../../shared/lib/urlState';
import { autoAdvance, initialState, pressKey, type Effect, type PresenterState } from './presenterKeys';
import {
  CHANNEL_NAME,
  NO_PEER,
  PING_MS,
  checkPeer,
  parseMessage,
  receive,
  runsAutoAdvance,
  sameShared,
  sharedOf,
  type Peer,
  type Role,
  type Shared,
  type SyncMessage,
  type SyncState,
} from './presentationSync';

/** Keys on a focused control (a button, a select) belong to that control, not to the slides. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, select, input, textarea, a, summary, [role="button"]') !== null;
}

const newId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

interface Options {
  role: Role;
  total: number;
  initialSlide: number;
  /** The audience's stage width in units (the speaker passes null). */
  stageWidth: number | null;
  /** What a key's effect does in this window (exit, fullscreen, open the speaker view). */
  onEffect: (effect: Exclude<Effect, null>) => void;
  /** While true, keys are not the presentation's (leaving, say). */
  paused?: () => boolean;
}

export interface Presentation {
  state: PresenterState;
  interval: number;
  peer: Peer;
  /** A change made in this window: applied here, then posted to the other. */
  update: (change: (state: PresenterState) => PresenterState) => void;
  setInterval: (seconds: number) => void;
}

/**
 * One window's presentation: its presenter state, its keys, its auto-advance clock, its
 * address (the slide number, replacing history), and its link with the other window.
 */
export function usePresentationSync({ role, total, initialSlide, stageWidth, onEffect, paused }: Options): Presentation {
  const [self] = useState(() => ({ id: newId(), role }));
  const [sync, setSync] = useState<SyncState>(() => ({ presenter: initialState(initialSlide, total), interval: 20, peer: NO_PEER }));
  const syncRef = useRef(sync);
  // What the other window last said, or this window's opening state: never posted back.
  const known = useRef<Shared | null>(sharedOf(sync));
  const channel = useRef<BroadcastChannel | null>(null);
  const stageWidthRef = useRef(stageWidth);

  const commit = useCallback((next: SyncState) => {
    syncRef.current = next;
    setSync(next);
  }, []);
  const stateMessage = useCallback(
    (state: SyncState): SyncMessage => ({
      type: 'state',
      from: self.id,
      role: self.role,
      shared: sharedOf(state),
      stageWidth: stageWidthRef.current,
    }),
    [self],
  );

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(CHANNEL_NAME);
    channel.current = bc;
    const post = (message: SyncMessage) => bc.postMessage(message);
    bc.onmessage = (event: MessageEvent) => {
      const message = parseMessage(event.data);
      if (!message) return;
      const { state, reply } = receive(syncRef.current, message, self, Date.now());
      if (message.type === 'state' && message.from !== self.id) known.current = sharedOf(state);
      commit(state);
      if (reply === 'state') post(stateMessage(state));
    };
    post({ type: 'hello', from: self.id, role: self.role });
    const ping = window.setInterval(() => {
      post({ type: 'ping', from: self.id, role: self.role, stageWidth: stageWidthRef.current });
      const peer = checkPeer(syncRef.current.peer, Date.now());
      if (peer !== syncRef.current.peer) commit({ ...syncRef.current, peer });
    }, PING_MS);
    const bye = () => post({ type: 'bye', from: self.id, role: self.role });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      window.clearInterval(ping);
      bye();
      bc.close();
      channel.current = null;
    };
  }, [self, commit, stateMessage]);

  // The audience tells the speaker its shape as soon as it changes (fullscreen, say).
  useEffect(() => {
    stageWidthRef.current = stageWidth;
    channel.current?.postMessage({ type: 'ping', from: self.id, role: self.role, stageWidth } satisfies SyncMessage);
  }, [stageWidth, self]);

  // Whatever changed the shared state without `apply` is posted after render; what the other window said is never echoed back.
  const { slide, blackout, auto, qr } = sync.presenter;
  const interval = sync.interval;
  useEffect(() => {
    const shared = sharedOf(syncRef.current);
    if (sameShared(shared, known.current)) return;
    known.current = shared;
    channel.current?.postMessage(stateMessage(syncRef.current));
  }, [slide, blackout, auto, qr, interval, stateMessage]);

  // A change of this window's own is posted before this window renders it, so the other window
  // (often on the same main thread) starts at once rather than after this one's render.
  const apply = useCallback(
    (next: SyncState) => {
      const shared = sharedOf(next);
      if (!sameShared(shared, known.current)) {
        known.current = shared;
        channel.current?.postMessage(stateMessage(next));
      }
      commit(next);
    },
    [commit, stateMessage],
  );
  const update = useCallback(
    (change: (state: PresenterState) => PresenterState) => {
      const current = syncRef.current;
      apply({ ...current, presenter: change(current.presenter) });
    },
    [apply],
  );
  const setInterval = useCallback((seconds: number) => apply({ ...syncRef.current, interval: seconds }), [apply]);

  // Keys, as a clicker sends them.
  const effectRef = useRef(onEffect);
  const pausedRef = useRef(paused);
  useEffect(() => {
    effectRef.current = onEffect;
    pausedRef.current = paused;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (pausedRef.current?.() || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.key === ' ' || event.key === 'Enter') && isControl(event.target)) return;
      const result = pressKey(syncRef.current.presenter, event.key);
      if (!result.handled) return;
      event.preventDefault();
      update(() => result.state);
      if (result.effect) effectRef.current(result.effect);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [update]);

  // Auto-advance restarts its clock on every slide change, and waits while the screen is black or white.
  const runsClock = runsAutoAdvance(self.role, sync.peer);
  useEffect(() => {
    if (!runsClock || !auto || blackout) return;
    const timer = window.setTimeout(() => update(autoAdvance), interval * 1000);
    return () => window.clearTimeout(timer);
  }, [runsClock, auto, slide, blackout, interval, update]);

  // The address follows the slide, replacing history so Back leaves the presentation in one step.
  const url = useAppUrl();
  useEffect(() => {
    if (url.slide !== slide) setAppUrl((current) => ({ ...current, slide }), { replace: true });
  }, [slide, url.slide]);

  return { state: sync.presenter, interval, peer: sync.peer, update, setInterval };
}
