import { describe, expect, it } from 'vitest';
import { autoAdvance, initialState, pressKey, type PresenterState } from './presenterKeys';

const press = (state: PresenterState, ...keys: string[]) => keys.reduce((s, key) => pressKey(s, key).state, state);
const start = initialState(3, 16);

describe('presenter keys', () => {
  it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])('%s goes to the next slide', (key) => {
    expect(press(start, key).slide).toBe(4);
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('%s goes to the previous slide', (key) => {
    expect(press(start, key).slide).toBe(2);
  });

  it('stops at both ends and jumps with Home and End', () => {
    expect(press(initialState(1, 16), 'ArrowLeft').slide).toBe(1);
    expect(press(initialState(16, 16), 'ArrowRight').slide).toBe(16);
    expect(press(start, 'End').slide).toBe(16);
    expect(press(start, 'Home').slide).toBe(1);
  });

  it('jumps to a typed number on Enter, within range', () => {
    expect(press(start, '1', '2', 'Enter').slide).toBe(12);
    expect(press(start, '9', '9', 'Enter').slide).toBe(16);
    expect(press(start, '0', 'Enter').slide).toBe(1);
    // Another key abandons the number.
    const abandoned = press(start, '7', 'ArrowRight');
    expect(abandoned.slide).toBe(4);
    expect(abandoned.digits).toBe('');
  });

  it('blacks out with B or . and whitens with W or , — the same key brings the slide back', () => {
    expect(press(start, 'b').blackout).toBe('black');
    expect(press(start, 'b', 'b').blackout).toBeNull();
    expect(press(start, '.', '.').blackout).toBeNull();
    expect(press(start, 'w').blackout).toBe('white');
    expect(press(start, ',', ',').blackout).toBeNull();
    expect(press(start, 'B', 'W').blackout).toBe('white');
  });

  it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'Home', 'End'])(
    '%s on a black or white screen brings back the same slide first, then moves',
    (key) => {
      for (const screen of ['b', 'w']) {
        const back = pressKey(press(start, screen), key);
        expect(back).toMatchObject({ handled: true, effect: null, state: { slide: 3, blackout: null } });
        expect(pressKey(back.state, key).state.slide).not.toBe(3);
      }
    },
  );

  it('a number typed on a black screen brings back the same slide on Enter, and jumps on the next Enter only if typed again', () => {
    const back = press(start, 'b', '9', 'Enter');
    expect(back).toMatchObject({ slide: 3, blackout: null, digits: '' });
    expect(press(back, '9', 'Enter').slide).toBe(9);
  });

  it('a moving key without a blackout moves at once', () => {
    expect(press(start, 'PageDown', 'PageDown').slide).toBe(5);
    expect(press(start, 'b', 'b', 'PageDown').slide).toBe(4);
  });

  it('toggles auto-advance with P and the QR code with Q', () => {
    expect(press(start, 'p').auto).toBe(true);
    expect(press(start, 'P', 'P').auto).toBe(false);
    expect(press(start, 'q').qr).toBe(false);
    expect(press(start, 'Q', 'Q').qr).toBe(true);
  });

  it('asks for fullscreen with F, the speaker view with S and exit with Escape', () => {
    expect(pressKey(start, 'f').effect).toBe('fullscreen');
    expect(pressKey(start, 's')).toMatchObject({ effect: 'speaker', handled: true, state: { slide: 3 } });
    expect(pressKey(start, 'S').effect).toBe('speaker');
    expect(pressKey(start, 'Escape').effect).toBe('exit');
    // Escape first lifts a blackout.
    const black = press(start, 'b');
    expect(pressKey(black, 'Escape')).toMatchObject({ effect: null, state: { blackout: null } });
  });

  it('shows the keys with ? and closes them with Escape without leaving', () => {
    const help = press(start, '?');
    expect(help.help).toBe(true);
    expect(pressKey(help, 'ArrowRight').handled).toBe(false);
    expect(pressKey(help, 'Escape')).toMatchObject({ effect: null, state: { help: false, slide: 3 } });
  });

  it('leaves other keys to the browser', () => {
    expect(pressKey(start, 'Tab').handled).toBe(false);
    expect(pressKey(start, 'x').handled).toBe(false);
  });

  it('advances automatically and stops at the end', () => {
    expect(autoAdvance({ ...start, auto: true }).slide).toBe(4);
    expect(autoAdvance({ ...initialState(16, 16), auto: true })).toMatchObject({ slide: 16, auto: false });
  });
});
