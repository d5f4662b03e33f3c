import { describe, expect, it } from 'vitest';
import { initialState, pressKey } from './presenterKeys';
import {
  NO_PEER,
  PEER_TIMEOUT_MS,
  checkPeer,
  parseMessage,
  receive,
  runsAutoAdvance,
  sameShared,
  sharedOf,
  type SyncMessage,
  type SyncState,
} from './presentationSync';

const local: SyncState = { presenter: initialState(3, 14), interval: 20, peer: NO_PEER };
const speaker = { id: 'speaker-1', role: 'speaker' as const };
const audience = { id: 'audience-1', role: 'audience' as const };
const stateFrom = (
  from: typeof audience | typeof speaker,
  shared: Partial<ReturnType<typeof sharedOf>>,
  stageWidth: number | null = null,
): SyncMessage => ({
  type: 'state',
  from: from.id,
  role: from.role,
  shared: { ...sharedOf(local), ...shared },
  stageWidth,
});

describe('receive', () => {
  it('moves this window to the slide the other window shows, and takes its blackout, auto-advance and QR code', () => {
    const { state, reply } = receive(
      local,
      stateFrom(audience, { slide: 7, blackout: 'black', auto: true, qr: false, interval: 30 }, 1024),
      speaker,
      1000,
    );
    expect(reply).toBeNull();
    expect(state.presenter).toMatchObject({ slide: 7, blackout: 'black', auto: true, qr: false });
    expect(state.interval).toBe(30);
    expect(state.peer).toEqual({ present: true, lastSeen: 1000, stageWidth: 1024 });
  });

  it('keeps what is this window’s own: the help, a number being typed', () => {
    const typing = { ...local, presenter: { ...local.presenter, digits: '1', help: true } };
    expect(receive(typing, stateFrom(audience, { slide: 5 }), speaker, 0).state.presenter).toMatchObject({
      slide: 5,
      digits: '1',
      help: true,
    });
  });

  it('clamps a slide number past the end', () => {
    expect(receive(local, stateFrom(audience, { slide: 99 }), speaker, 0).state.presenter.slide).toBe(14);
  });

  it('ignores its own messages', () => {
    expect(receive(local, stateFrom(speaker, { slide: 9 }), speaker, 0).state).toBe(local);
  });

  it('answers a window that opens with the state, and knows the other window is there', () => {
    const { state, reply } = receive(local, { type: 'hello', from: audience.id, role: 'audience' }, speaker, 50);
    expect(reply).toBe('state');
    expect(state.peer.present).toBe(true);
  });

  it('knows when the other window has gone: it said so, or it fell silent', () => {
    const open = receive(local, { type: 'ping', from: audience.id, role: 'audience', stageWidth: 1365 }, speaker, 100).state;
    expect(open.peer).toEqual({ present: true, lastSeen: 100, stageWidth: 1365 });
    expect(receive(open, { type: 'bye', from: audience.id, role: 'audience' }, speaker, 200).state.peer.present).toBe(false);
    expect(checkPeer(open.peer, 100 + PEER_TIMEOUT_MS - 1).present).toBe(true);
    expect(checkPeer(open.peer, 100 + PEER_TIMEOUT_MS + 1).present).toBe(false);
    // Another speaker window is not the audience.
    expect(receive(local, { type: 'ping', from: 'speaker-2', role: 'speaker', stageWidth: null }, speaker, 0).state.peer.present).toBe(
      false,
    );
  });

  it('lets a key in either window move both: a key here, applied there, is the same state', () => {
    const here = { ...local, presenter: pressKey(local.presenter, 'PageDown').state };
    const there = receive(
      local,
      { type: 'state', from: audience.id, role: 'audience', shared: sharedOf(here), stageWidth: null },
      speaker,
      0,
    ).state;
    expect(sameShared(sharedOf(there), sharedOf(here))).toBe(true);
    expect(there.presenter.slide).toBe(4);
  });
});

describe('parseMessage', () => {
  it('accepts what the windows post', () => {
    const message = stateFrom(audience, { slide: 2 }, 1024);
    expect(parseMessage(message)).toEqual(message);
    expect(parseMessage({ type: 'hello', from: 'a', role: 'speaker' })).toEqual({ type: 'hello', from: 'a', role: 'speaker' });
  });

  it.each([
    null,
    'state',
    {
      type: 'state',
      from: 'a',
      role: 'audience',
      shared: { slide: '3', blackout: null, auto: false, qr: true, interval: 20 },
      stageWidth: null,
    },
    {
      type: 'state',
      from: 'a',
      role: 'audience',
      shared: { slide: 0, blackout: null, auto: false, qr: true, interval: 20 },
      stageWidth: null,
    },
    {
      type: 'state',
      from: 'a',
      role: 'audience',
      shared: { slide: 3, blackout: 'red', auto: false, qr: true, interval: 20 },
      stageWidth: null,
    },
    {
      type: 'state',
      from: 'a',
      role: 'audience',
      shared: { slide: 3, blackout: null, auto: 'yes', qr: true, interval: 20 },
      stageWidth: null,
    },
    {
      type: 'state',
      from: 'a',
      role: 'audience',
      shared: { slide: 3, blackout: null, auto: false, qr: true, interval: 20 },
      stageWidth: 1e9,
    },
    { type: 'hello', from: '', role: 'speaker' },
    { type: 'hello', from: 'a', role: 'projector' },
    { type: 'navigate', from: 'a', role: 'speaker' },
  ])('drops a malformed message: %j', (data) => expect(parseMessage(data)).toBeNull());
});

describe('auto-advance', () => {
  it('runs in the audience’s window, and in the speaker’s only while no audience window is open', () => {
    expect(runsAutoAdvance('audience', NO_PEER)).toBe(true);
    expect(runsAutoAdvance('audience', { present: true, lastSeen: 0, stageWidth: null })).toBe(true);
    expect(runsAutoAdvance('speaker', { present: true, lastSeen: 0, stageWidth: null })).toBe(false);
    expect(runsAutoAdvance('speaker', NO_PEER)).toBe(true);
  });
});
