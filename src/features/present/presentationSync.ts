import type { Blackout, PresenterState } from './presenterKeys';

/**
 * Keeping the audience's window and the speaker's in step, through a BroadcastChannel
 * (same origin, no server, offline). Each window keeps its own presenter state; what
 * both must agree on (the slide, blackout, auto-advance, QR code) travels as `shared`.
 * A window posts its shared state after a change of its own (a key, a click, the
 * auto-advance clock) and applies what the other posts, so a key in either window moves
 * both; it never echoes back what it has just received. Pure: the hook that owns the
 * channel (usePresentationSync) only posts and applies what these functions say.
 */

export const CHANNEL_NAME = 'wuzhong-presentation';

export type Role = 'audience' | 'speaker';

export interface Shared {
  slide: number;
  blackout: Blackout;
  auto: boolean;
  qr: boolean;
  /** The auto-advance interval, in seconds. */
  interval: number;
}

export type SyncMessage =
  /** A window's shared state; the audience adds its stage width (in stage units), so the speaker's preview has its shape. */
  | { type: 'state'; from: string; role: Role; shared: Shared; stageWidth: number | null }
  /** A window that opens asks for the state; any other answers with it. */
  | { type: 'hello'; from: string; role: Role }
  /** A window that is alive says so now and then: a window that stops saying so has gone (it may have crashed, not closed). */
  | { type: 'ping'; from: string; role: Role; stageWidth: number | null }
  /** A window that closes says so. */
  | { type: 'bye'; from: string; role: Role };

export interface Peer {
  /** Whether the other role's window is open, as far as its messages tell. */
  present: boolean;
  /** When it was last heard from (ms, the caller's clock). */
  lastSeen: number;
  /** The audience's stage width in units, once the audience has said it. */
  stageWidth: number | null;
}

export interface SyncState {
  presenter: PresenterState;
  interval: number;
  peer: Peer;
}

/** How often a window says it is alive, and after how long without a word the other takes it as gone. */
export const PING_MS = 2000;
export const PEER_TIMEOUT_MS = 6500;

export const NO_PEER: Peer = { present: false, lastSeen: 0, stageWidth: null };

export function sharedOf(state: Pick<SyncState, 'presenter' | 'interval'>): Shared {
  const { slide, blackout, auto, qr } = state.presenter;
  return { slide, blackout, auto, qr, interval: state.interval };
}

export function sameShared(a: Shared | null, b: Shared | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.slide === b.slide &&
    a.blackout === b.blackout &&
    a.auto === b.auto &&
    a.qr === b.qr &&
    a.interval === b.interval
  );
}

const isRole = (value: unknown): value is Role => value === 'audience' || value === 'speaker';
const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
const isWidth = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 100 && value <= 10_000);

function parseShared(value: unknown): Shared | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isCount(v.slide, 9999) || !(v.blackout === null || v.blackout === 'black' || v.blackout === 'white')) return null;
  if (typeof v.auto !== 'boolean' || typeof v.qr !== 'boolean' || !isCount(v.interval, 3600)) return null;
  return { slide: v.slide, blackout: v.blackout, auto: v.auto, qr: v.qr, interval: v.interval };
}

/**
 * A message as it arrives, checked: any page of the origin may post on the channel (another
 * tab of an older version, say), so anything malformed is dropped rather than applied.
 */
export function parseMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.from !== 'string' || m.from.length === 0 || m.from.length > 64 || !isRole(m.role)) return null;
  const { from, role } = m;
  switch (m.type) {
    case 'hello':
    case 'bye':
      return { type: m.type, from, role };
    case 'ping':
      return isWidth(m.stageWidth) ? { type: 'ping', from, role, stageWidth: m.stageWidth } : null;
    case 'state': {
      const shared = parseShared(m.shared);
      return shared && isWidth(m.stageWidth) ? { type: 'state', from, role, shared, stageWidth: m.stageWidth } : null;
    }
    default:
      return null;
  }
}

export interface Received {
  state: SyncState;
  /** What to post in answer, if anything. */
  reply: 'state' | null;
}

/** Applies a message from another window: its shared state, and what it says about itself. */
export function receive(local: SyncState, message: SyncMessage, self: { id: string; role: Role }, now: number): Received {
  if (message.from === self.id) return { state: local, reply: null };
  const fromPeer = message.role !== self.role;
  const seen = (peer: Peer, stageWidth: number | null | undefined): Peer =>
    fromPeer
      ? { present: true, lastSeen: now, stageWidth: message.role === 'audience' && stageWidth != null ? stageWidth : peer.stageWidth }
      : peer;
  switch (message.type) {
    case 'hello':
      return { state: { ...local, peer: seen(local.peer, undefined) }, reply: 'state' };
    case 'ping':
      return { state: { ...local, peer: seen(local.peer, message.stageWidth) }, reply: null };
    case 'bye':
      return { state: fromPeer ? { ...local, peer: { ...local.peer, present: false } } : local, reply: null };
    case 'state': {
      const { slide, blackout, auto, qr, interval } = message.shared;
      const presenter: PresenterState = {
        ...local.presenter,
        slide: Math.min(Math.max(slide, 1), local.presenter.total),
        blackout,
        auto,
        qr,
      };
      return { state: { presenter, interval, peer: seen(local.peer, message.stageWidth) }, reply: null };
    }
  }
}

/** The peer as it stands at `now`: gone once it has been silent too long. */
export function checkPeer(peer: Peer, now: number): Peer {
  return peer.present && now - peer.lastSeen > PEER_TIMEOUT_MS ? { ...peer, present: false } : peer;
}

/**
 * Which window runs the auto-advance clock: the audience's, since that is what the room
 * sees; the speaker's only while no audience window is open, so it never advances twice.
 */
export function runsAutoAdvance(role: Role, peer: Peer): boolean {
  return role === 'audience' || !peer.present;
}
