/**
 * What the keys a presenter's clicker sends do: a pure reducer, so every key
 * is unit-tested without a DOM. Effects the reducer cannot perform (exit,
 * fullscreen) come back as `effect`.
 */

export type Blackout = 'black' | 'white' | null;

export interface PresenterState {
  slide: number;
  total: number;
  blackout: Blackout;
  /** Digits typed so far for "number then Enter". */
  digits: string;
  help: boolean;
  auto: boolean;
  qr: boolean;
}

/** `speaker`: open (or bring forward) the speaker view. */
export type Effect = 'exit' | 'fullscreen' | 'speaker' | null;

export function initialState(slide: number, total: number): PresenterState {
  return { slide, total, blackout: null, digits: '', help: false, auto: false, qr: true };
}

const clamp = (n: number, total: number) => Math.min(Math.max(n, 1), total);

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);
const MOVING = new Set([...NEXT, ...PREVIOUS, 'Home', 'End']);

export interface KeyResult {
  state: PresenterState;
  effect: Effect;
  /** Whether the key was the presenter's; if so the browser's default is prevented. */
  handled: boolean;
}

export function pressKey(state: PresenterState, key: string): KeyResult {
  const done = (next: Partial<PresenterState>, effect: Effect = null): KeyResult => ({
    state: { ...state, ...next },
    effect,
    handled: true,
  });

  if (state.help) {
    if (key === 'Escape' || key === '?' || key === 'Enter') return done({ help: false });
    return { state, effect: null, handled: false };
  }
  if (/^[0-9]$/.test(key)) return done({ digits: (state.digits + key).slice(-4) });
  // On a black or white screen a moving key first brings back the slide the audience last saw,
  // as presentation programs do: a presenter's clicker must not skip a slide unseen.
  if (state.blackout && (MOVING.has(key) || (key === 'Enter' && state.digits !== ''))) return done({ blackout: null, digits: '' });
  if (key === 'Enter' && state.digits !== '') return done({ slide: clamp(Number(state.digits), state.total), digits: '' });

  // Any other key ends a number being typed.
  const base: Partial<PresenterState> = { digits: '' };
  if (NEXT.has(key)) return done({ ...base, slide: clamp(state.slide + 1, state.total) });
  if (PREVIOUS.has(key)) return done({ ...base, slide: clamp(state.slide - 1, state.total) });
  switch (key) {
    case 'Home':
      return done({ ...base, slide: 1 });
    case 'End':
      return done({ ...base, slide: state.total });
    case 'b':
    case 'B':
    case '.':
      return done({ ...base, blackout: state.blackout === 'black' ? null : 'black' });
    case 'w':
    case 'W':
    case ',':
      return done({ ...base, blackout: state.blackout === 'white' ? null : 'white' });
    case 'f':
    case 'F':
      return done(base, 'fullscreen');
    case 'p':
    case 'P':
      return done({ ...base, auto: !state.auto });
    case 'q':
    case 'Q':
      return done({ ...base, qr: !state.qr });
    case 's':
    case 'S':
      return done(base, 'speaker');
    case '?':
      return done({ ...base, help: true });
    case 'Escape':
      return state.blackout ? done({ ...base, blackout: null }) : done(base, 'exit');
    default:
      return { state, effect: null, handled: false };
  }
}

/** Auto-advance: the next slide, or stop at the last one. */
export function autoAdvance(state: PresenterState): PresenterState {
  if (state.slide >= state.total) return { ...state, auto: false };
  return { ...state, slide: state.slide + 1 };
}
