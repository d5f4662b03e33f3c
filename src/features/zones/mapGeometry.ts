import type { MultiPolygon } from 'geojson';
import type { ZoneId } from '../../shared/dataset/schema';
import { boxAround, boxOfPoints } from './geometry';
import { DISTRICTS, JINTING, LAKE_WATER, SUZHOU, TAIHU_WATER, ZONE_AREAS } from './groundShapes';
import { LAKE_IDS, type LocatorShapes, type MapGroundShapes, type NeighbourId, type PlaceId, type ZoneGeometry } from './mapLayout';
import { FRAME, PRIORITY_POINTS, REFERENCE } from './mapShapes';
import { fittedProjection, type Frame, type LonLat, type Point } from './projection';

/**
 * The map's fixed geometry, projected: everything it draws that depends on no dataset and no
 * language. It is computed here with d3-geo from the shapes in degrees (groundShapes.ts,
 * mapShapes.ts) and written, as numbers and path strings, to mapGeometry.data.ts, which is what
 * the app loads: a reader's phone neither downloads d3-geo and the shapes in degrees nor projects
 * them again on every load. mapGeometry.test.ts fails when that file no longer matches what this
 * computes, and `npx vitest run src/features/zones/mapGeometry.test.ts --update` rewrites it.
 */

export interface MapGeometry {
  /** The main map's height in SVG units, unrounded (its width is the MAP_WIDTH it was fitted to). */
  height: number;
  /** SVG units per kilometre at the frame's middle. */
  unitsPerKm: number;
  /** The ground but its size and its outline, which is the district's own path (MapGround strokes it apart). */
  ground: Omit<MapGroundShapes, 'width' | 'height' | 'outline'>;
  locator: LocatorShapes;
  /** Jinting island's outer rings. */
  islandRings: Point[][];
  /** Each zone's area or marker, in the order of placement. */
  zones: Partial<Record<ZoneId, ZoneGeometry>>;
  /** Each named place's point. */
  places: Record<PlaceId, Point>;
  /** Other points inside each neighbour where its name may stand, best first (the first is its place). */
  neighbourSpots: Record<NeighbourId, Point[]>;
}

/** A point well inside each place the map names. */
const PLACE_POINTS: Record<PlaceId, LonLat> = {
  taihu: [120.27, 31.27],
  dushuLake: REFERENCE.dushuWater,
  chengLake: REFERENCE.chengWater,
  shiLake: [120.596, 31.25],
  core: REFERENCE.core,
  mudu: REFERENCE.mudu,
  guangfu: REFERENCE.guangfu,
  dongshan: REFERENCE.dongshan,
  luzhi: REFERENCE.luzhi,
  // Neighbours: a point well inside each, in the frame (more in NEIGHBOUR_SPOTS).
  huqiu: [120.5, 31.325],
  gusu: [120.77, 31.3],
  wujiang: [120.74, 31.1],
  kunshan: [120.885, 31.14],
};

/** Other places inside each neighbour where its name may stand, best first. */
const NEIGHBOUR_SPOTS: Record<NeighbourId, readonly LonLat[]> = {
  huqiu: [
    [120.5, 31.325],
    [120.55, 31.33],
    [120.45, 31.335],
  ],
  gusu: [
    [120.77, 31.3],
    [120.8, 31.33],
    [120.62, 31.33],
    [120.72, 31.34],
    [120.86, 31.335],
  ],
  wujiang: [
    [120.74, 31.1],
    [120.75, 31.05],
    [120.7, 31.02],
    [120.78, 31.15],
    [120.68, 31.13],
  ],
  kunshan: [
    [120.885, 31.14],
    [120.9, 31.19],
    [120.89, 31.1],
  ],
};

/** The whole fixed geometry of a map `width` units wide; `zoneIds` in the order of placement, `markerRadius` for a marker's box. */
export function computeMapGeometry(width: number, zoneIds: readonly ZoneId[], markerRadius: number): MapGeometry {
  const projection = fittedProjection(FRAME, width);
  const project = (p: LonLat) => projection.project(p);
  const ringsOf = (shape: MultiPolygon): Point[][] =>
    shape.coordinates.flatMap((polygon) => (polygon[0] ? [polygon[0].map(([lon = 0, lat = 0]) => project([lon, lat]))] : []));

  const zoneGeometry = (id: ZoneId): ZoneGeometry | null => {
    const area = (ZONE_AREAS as Partial<Record<ZoneId, MultiPolygon>>)[id];
    const markerAt = (PRIORITY_POINTS as Partial<Record<ZoneId, LonLat>>)[id];
    const marker = markerAt ? project(markerAt) : null;
    if (area) {
      const polygons = ringsOf(area);
      return { path: projection.path(area), polygons, marker, box: boxOfPoints(polygons.flat()) };
    }
    if (marker) return { path: null, polygons: [], marker, box: boxAround(marker, markerRadius) };
    return null;
  };

  const suzhou: Frame = { west: 119.9, east: 121.4, south: 30.74, north: 32.06 };
  const small = fittedProjection(suzhou, 150);
  const nw = small.project([FRAME.west, FRAME.north]);
  const se = small.project([FRAME.east, FRAME.south]);

  return {
    height: projection.height,
    unitsPerKm: projection.unitsPerKm,
    ground: {
      district: projection.path(DISTRICTS.wuzhong),
      neighbours: [DISTRICTS.huqiu, DISTRICTS.gusu, DISTRICTS.wujiang, DISTRICTS.kunshan].map((shape) => projection.path(shape)),
      water: [
        { id: 'taihu', path: projection.path(TAIHU_WATER), polygons: ringsOf(TAIHU_WATER) },
        ...LAKE_IDS.map((id) => ({ id, path: projection.path(LAKE_WATER[id]), polygons: ringsOf(LAKE_WATER[id]) })),
      ],
    },
    locator: {
      width: small.width,
      height: Math.round(small.height),
      districts: SUZHOU.map((district) => ({ code: district.code, path: small.path(district.shape), home: district.code === '320506' })),
      frame: { x: nw.x, y: nw.y, width: se.x - nw.x, height: se.y - nw.y },
    },
    islandRings: ringsOf(JINTING),
    zones: Object.fromEntries(
      zoneIds.flatMap((id) => {
        const geometry = zoneGeometry(id);
        return geometry ? [[id, geometry]] : [];
      }),
    ),
    places: Object.fromEntries(Object.entries(PLACE_POINTS).map(([id, at]) => [id, project(at)])) as Record<PlaceId, Point>,
    neighbourSpots: Object.fromEntries(Object.entries(NEIGHBOUR_SPOTS).map(([id, spots]) => [id, spots.map(project)])) as Record<
      NeighbourId,
      Point[]
    >,
  };
}

/** The source of mapGeometry.data.ts for `geometry`. */
export function geometrySource(geometry: MapGeometry): string {
  return [
    '// Generated by computeMapGeometry (mapGeometry.ts) and checked by mapGeometry.test.ts: do not edit;',
    '// `npx vitest run src/features/zones/mapGeometry.test.ts --update` rewrites it.',
    "import type { MapGeometry } from './mapGeometry';",
    '',
    `export const MAP_GEOMETRY: MapGeometry = ${JSON.stringify(geometry)};`,
    '',
  ].join('\n');
}
