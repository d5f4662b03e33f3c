import { describe, expect, it } from 'vitest';
import { digitOnePath } from './markerDigit';

const points = (d: string) => [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

describe('the marker’s digit as a path', () => {
  it('is the outline the 18 px bold "1" had, centred as text-anchor: middle and dominant-baseline: central set it', () => {
    expect(digitOnePath(18, 1)).toBe(
      'M-4.15 4.89 L-1.16 4.89 L-1.16 -3.59 L-4.23 -2.96 L-4.23 -5.26 L-1.18 -5.89 L2.03 -5.89 L2.03 4.89 L5.02 4.89 L5.02 7.23 L-4.15 7.23 Z',
    );
  });

  it('scales with the font size and fits inside the marker', () => {
    const at18 = points(digitOnePath(18));
    const at9 = points(digitOnePath(9));
    expect(at9.map((p) => p.x * 2)).toEqual(at18.map((p) => expect.closeTo(p.x, 1)));
    const height = Math.max(...at18.map((p) => p.y)) - Math.min(...at18.map((p) => p.y));
    // A bold digit's height, about 0.73 em; well inside the 14-unit marker radius.
    expect(height).toBeCloseTo(13.1, 1);
    expect(Math.max(...at18.map((p) => Math.hypot(p.x, p.y + 1)))).toBeLessThan(14);
  });
});
