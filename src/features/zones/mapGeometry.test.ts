import { describe, expect, it } from 'vitest';
import { computeMapGeometry, geometrySource } from './mapGeometry';
import { MAP_GEOMETRY } from './mapGeometry.data';
import { MAP_WIDTH, MAP_ZONE_IDS, MARKER_RADIUS } from './mapLayout';

describe('the map geometry the app loads (mapGeometry.data.ts)', () => {
  const computed = computeMapGeometry(MAP_WIDTH, MAP_ZONE_IDS, MARKER_RADIUS);

  it('is what d3-geo projects from the shapes in degrees, to the last digit', async () => {
    // With -u this rewrites the file; otherwise a shape, the frame or the width changed without it fails here.
    await expect(geometrySource(computed)).toMatchFileSnapshot('./mapGeometry.data.ts');
    expect(MAP_GEOMETRY).toEqual(computed);
  });

  it('holds every zone the map places, in the order of placement, and every place it names', () => {
    expect(Object.keys(MAP_GEOMETRY.zones)).toEqual(MAP_ZONE_IDS.filter((id) => id in computed.zones));
    expect(Object.keys(MAP_GEOMETRY.zones)).toHaveLength(7);
    expect(Object.keys(MAP_GEOMETRY.places)).toHaveLength(13);
    // A neighbour's first spot is its place.
    for (const [id, spots] of Object.entries(MAP_GEOMETRY.neighbourSpots))
      expect(spots[0], id).toEqual(MAP_GEOMETRY.places[id as keyof typeof MAP_GEOMETRY.places]);
  });
});
