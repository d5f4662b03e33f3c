import { geoMercator, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { MultiPoint } from 'geojson';

/**
 * Longitude/latitude to SVG user units: d3-geo's Mercator, fitted so the
 * frame fills the map's width. Mercator keeps north up and angles true, and
 * over a frame 40 km tall its scale changes by well under 1%.
 */

/** [longitude, latitude] in degrees, east and north positive. */
export type LonLat = readonly [lon: number, lat: number];

export interface Point {
  x: number;
  y: number;
}

/** A rectangle in degrees: the window the map shows. */
export interface Frame {
  west: number;
  east: number;
  south: number;
  north: number;
}

export interface Projection {
  /** Width and height of the frame in SVG user units. */
  width: number;
  height: number;
  /** SVG units per kilometre at the frame's middle, for the scale bar and the rough sizes of marks. */
  unitsPerKm: number;
  project: (point: LonLat) => Point;
  /** An SVG path for a GeoJSON geometry, one decimal place: plenty for a schematic. */
  path: (object: GeoPermissibleObjects) => string;
}

const EARTH_RADIUS_KM = 6371;

export function fittedProjection(frame: Frame, width: number): Projection {
  if (!(frame.east > frame.west) || !(frame.north > frame.south) || !(width > 0)) {
    throw new RangeError('a projection needs a frame with east > west, north > south and a positive width');
  }
  // Fitted to the corners, not to a frame polygon: d3 draws a polygon's edges as great circles, which bow north.
  const corners: MultiPoint = {
    type: 'MultiPoint',
    coordinates: [
      [frame.west, frame.south],
      [frame.east, frame.north],
    ],
  };
  const mercator = geoMercator().fitWidth(width, corners);
  const project = (point: LonLat): Point => {
    const [x, y] = mercator([point[0], point[1]]) ?? [Number.NaN, Number.NaN];
    return { x, y };
  };
  const midLat = (frame.south + frame.north) / 2;
  const midLon = (frame.west + frame.east) / 2;
  // Ten kilometres north of the middle, along the meridian.
  const north = project([midLon, midLat + (10 / EARTH_RADIUS_KM) * (180 / Math.PI)]);
  const middle = project([midLon, midLat]);
  const pathOf = geoPath(mercator).digits(1);
  return {
    width,
    height: project([frame.west, frame.south]).y,
    unitsPerKm: (middle.y - north.y) / 10,
    project,
    path: (object) => pathOf(object) ?? '',
  };
}
