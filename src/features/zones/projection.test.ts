import { describe, expect, it } from 'vitest';
import { fittedProjection } from './projection';
import { FRAME } from './mapShapes';

describe('the fitted Mercator projection', () => {
  const projection = fittedProjection(FRAME, 600);

  it('puts the frame’s corners at the corners of the map', () => {
    const nw = projection.project([FRAME.west, FRAME.north]);
    const se = projection.project([FRAME.east, FRAME.south]);
    expect(nw.x).toBeCloseTo(0, 6);
    expect(nw.y).toBeCloseTo(0, 6);
    expect(se.x).toBeCloseTo(600, 6);
    expect(se.y).toBeCloseTo(projection.height, 6);
  });

  it('draws east to the right and north up, everywhere in the frame', () => {
    for (let lat = FRAME.south; lat <= FRAME.north; lat += 0.05) {
      for (let lon = FRAME.west; lon < FRAME.east; lon += 0.05) {
        const here = projection.project([lon, lat]);
        const east = projection.project([lon + 0.01, lat]);
        const north = projection.project([lon, lat + 0.01]);
        expect(east.x).toBeGreaterThan(here.x);
        expect(east.y).toBeCloseTo(here.y, 9);
        expect(north.y).toBeLessThan(here.y);
        expect(north.x).toBeCloseTo(here.x, 9);
      }
    }
  });

  it('keeps a kilometre east as long as a kilometre north (conformal), and says how long a kilometre is', () => {
    const lat = (FRAME.south + FRAME.north) / 2;
    const origin = projection.project([120.5, lat]);
    const kmNorth = 1 / 111.2;
    const kmEast = kmNorth / Math.cos((lat * Math.PI) / 180);
    const north = projection.project([120.5, lat + kmNorth]);
    const east = projection.project([120.5 + kmEast, lat]);
    expect((east.x - origin.x) / (origin.y - north.y)).toBeCloseTo(1, 2);
    expect((origin.y - north.y) / projection.unitsPerKm).toBeCloseTo(1, 2);
  });

  it('gives the map the frame’s shape: about 70 km by 44 km', () => {
    expect(600 / projection.unitsPerKm).toBeCloseTo(70.5, 0);
    expect(projection.height / projection.unitsPerKm).toBeCloseTo(43.9, 0);
  });

  it('draws GeoJSON as SVG paths to a tenth of a unit', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [120.5, 31.2],
          [120.5, 31.25],
          [120.55, 31.25],
          [120.55, 31.2],
          [120.5, 31.2],
        ],
      ],
    };
    const d = projection.path(square);
    expect(d).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(d.match(/\d+\.\d{2,}/)).toBeNull();
  });

  it('refuses a frame or width that cannot be drawn', () => {
    expect(() => fittedProjection({ ...FRAME, east: FRAME.west }, 600)).toThrow(RangeError);
    expect(() => fittedProjection({ ...FRAME, north: FRAME.south - 1 }, 600)).toThrow(RangeError);
    expect(() => fittedProjection(FRAME, 0)).toThrow(RangeError);
  });
});
