import { describe, expect, it } from 'vitest';
import { equirectangular, pathOf } from './projection';
import { FRAME } from './mapShapes';

describe('the equirectangular projection', () => {
  const projection = equirectangular(FRAME, 600);

  it('puts the frame corners at the corners of the map', () => {
    expect(projection.project([FRAME.west, FRAME.north])).toEqual({ x: 0, y: 0 });
    const se = projection.project([FRAME.east, FRAME.south]);
    expect(se.x).toBeCloseTo(600, 9);
    expect(se.y).toBeCloseTo(projection.height, 9);
  });

  it('draws east to the right and north up, everywhere in the frame', () => {
    for (let lat = FRAME.south; lat <= FRAME.north; lat += 0.05) {
      for (let lon = FRAME.west; lon < FRAME.east; lon += 0.05) {
        const here = projection.project([lon, lat]);
        const east = projection.project([lon + 0.01, lat]);
        const north = projection.project([lon, lat + 0.01]);
        expect(east.x).toBeGreaterThan(here.x);
        expect(east.y).toBe(here.y);
        expect(north.y).toBeLessThan(here.y);
        expect(north.x).toBe(here.x);
      }
    }
  });

  it('keeps a kilometre east as long as a kilometre north (cos-latitude scaling)', () => {
    const lat = (FRAME.south + FRAME.north) / 2;
    const origin = projection.project([120.5, lat]);
    const kmNorth = 1 / 111.32;
    const kmEast = kmNorth / Math.cos((lat * Math.PI) / 180);
    const north = projection.project([120.5, lat + kmNorth]);
    const east = projection.project([120.5 + kmEast, lat]);
    expect(east.x - origin.x).toBeCloseTo(origin.y - north.y, 6);
    expect(origin.y - north.y).toBeCloseTo(projection.unitsPerKm, 6);
  });

  it('gives the map the frame’s shape: about 73 km by 43 km', () => {
    expect(600 / projection.unitsPerKm).toBeCloseTo(73.3, 0);
    expect(projection.height / projection.unitsPerKm).toBeCloseTo(43.4, 0);
  });

  it('refuses a frame or width that cannot be drawn', () => {
    expect(() => equirectangular({ ...FRAME, east: FRAME.west }, 600)).toThrow(RangeError);
    expect(() => equirectangular({ ...FRAME, north: FRAME.south - 1 }, 600)).toThrow(RangeError);
    expect(() => equirectangular(FRAME, 0)).toThrow(RangeError);
  });
});

describe('SVG paths', () => {
  it('are rounded to a tenth and closed', () => {
    expect(pathOf([{ x: 1.234, y: 5 }, { x: 10, y: 20.06 }])).toBe('M1.2 5 L10 20.1 Z');
    expect(pathOf([{ x: 0, y: 0 }, { x: 1, y: 1 }], false)).toBe('M0 0 L1 1');
    expect(pathOf([])).toBe('');
  });
});
