import { describe, expect, it } from 'vitest';
import { boxHitsPolygon, boxesOverlap, type Box } from './geometry';
import { estimateTextWidth, wrapLabel } from './textMetrics';
import { boxAt, placeLabels, type LabelRequest } from './labelPlacement';

const anchor: Box = { x: 100, y: 100, width: 20, height: 10 };
const size = { width: 40, height: 20 };

describe('text widths', () => {
  it('count a Chinese character as one em and Latin letters as less', () => {
    expect(estimateTextWidth('经开区', 20)).toBe(60);
    expect(estimateTextWidth('ETDZ', 20)).toBeLessThan(60);
    expect(estimateTextWidth('ETDZ', 20, 'bold')).toBeGreaterThan(estimateTextWidth('ETDZ', 20));
  });
});

describe('wrapping labels', () => {
  it('keeps short and Chinese labels on one line', () => {
    expect(wrapLabel('Taihu Resort', 7)).toEqual(['Taihu Resort']);
    expect(wrapLabel('独墅湖开放创新协同发展示范区', 7)).toEqual(['独墅湖开放创新协同发展示范区']);
  });

  it('breaks long ones at spaces into even lines', () => {
    expect(wrapLabel('Taihu New City', 7)).toEqual(['Taihu', 'New City']);
    expect(wrapLabel('Dushu Lake Demonstration Zone', 7)).toEqual(['Dushu Lake', 'Demonstration', 'Zone']);
  });
});

describe('label boxes', () => {
  it('stand beside the anchor on the side asked for', () => {
    expect(boxAt(anchor, size, { side: 'n', gap: 5 })).toEqual({ x: 90, y: 75, width: 40, height: 20 });
    expect(boxAt(anchor, size, { side: 'e', gap: 5 })).toEqual({ x: 125, y: 95, width: 40, height: 20 });
    expect(boxAt(anchor, size, { side: 'sw', gap: 5 })).toEqual({ x: 55, y: 115, width: 40, height: 20 });
    expect(boxAt(anchor, size, { side: 'c', gap: 0 })).toEqual({ x: 90, y: 95, width: 40, height: 20 });
    expect(boxAt(anchor, size, { dx: 50, dy: -50 })).toEqual({ x: 140, y: 45, width: 40, height: 20 });
  });

  it('overlap only when they share area (or come within the margin)', () => {
    const a: Box = { x: 0, y: 0, width: 10, height: 10 };
    expect(boxesOverlap(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(boxesOverlap(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(boxesOverlap(a, { x: 12, y: 0, width: 10, height: 10 }, 3)).toBe(true);
  });

  it('hit a polygon only where the polygon is, not in its bounding box’s empty corner', () => {
    const triangle = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 0, y: 100 },
    ];
    expect(boxHitsPolygon({ x: 10, y: 10, width: 10, height: 10 }, triangle)).toBe(true);
    expect(boxHitsPolygon({ x: 80, y: 80, width: 10, height: 10 }, triangle)).toBe(false);
    expect(boxHitsPolygon({ x: -10, y: 40, width: 200, height: 5 }, triangle)).toBe(true);
  });
});

describe('placing labels', () => {
  const request = (id: string, at: Box, candidates: LabelRequest['candidates']): LabelRequest => ({
    id,
    lines: ['ABC'],
    fontSize: 20,
    weight: 'normal',
    anchor: at,
    candidates,
    avoid: [],
  });
  const bounds: Box = { x: 0, y: 0, width: 400, height: 300 };

  it('takes the first designed position when it is clear', () => {
    const [label] = placeLabels([request('a', anchor, [{ side: 'e', gap: 4 }])], bounds);
    expect(label?.side).toBe('e');
    expect(label?.leader).toBeNull();
  });

  it('moves a label off another one and off what it must avoid, and stays in bounds', () => {
    const placed = placeLabels(
      [
        request('a', anchor, [{ side: 'e', gap: 4 }]),
        request('b', { ...anchor, y: 104 }, [{ side: 'e', gap: 4 }]),
        {
          ...request('c', { x: 390, y: 150, width: 4, height: 4 }, [{ side: 'e', gap: 4 }]),
          avoid: [{ owner: 'x', box: { x: 300, y: 130, width: 80, height: 20 } }],
        },
      ],
      bounds,
    );
    const [a, b, c] = placed;
    expect(a && b && boxesOverlap(a.box, b.box)).toBe(false);
    expect(c && c.box.x + c.box.width).toBeLessThanOrEqual(400);
    expect(c && boxesOverlap(c.box, { x: 300, y: 130, width: 80, height: 20 })).toBe(false);
  });

  it('draws a leader to a label that stands off', () => {
    const [label] = placeLabels([request('a', anchor, [{ dx: 0, dy: 80 }])], bounds);
    expect(label?.side).toBe('offset');
    expect(label?.leader).not.toBeNull();
  });
});
