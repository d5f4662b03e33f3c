/**
 * Longitude/latitude to SVG user units for a schematic map: an equirectangular
 * projection with the longitude scaled by cos(latitude) at the frame's middle,
 * so a kilometre east is as long as a kilometre north. Over a frame 40 km tall
 * the error against a conformal projection is under 1%, far below the ±3 km
 * uncertainty of the reference points themselves.
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
  /** SVG units per kilometre, for the rough sizes of hand-made shapes. */
  unitsPerKm: number;
  project: (point: LonLat) => Point;
}

const KM_PER_DEGREE_LAT = 111.32;

export function equirectangular(frame: Frame, width: number): Projection {
  if (!(frame.east > frame.west) || !(frame.north > frame.south) || !(width > 0)) {
    throw new RangeError('a projection needs a frame with east > west, north > south and a positive width');
  }
  const midLat = ((frame.south + frame.north) / 2) * (Math.PI / 180);
  const lonScale = Math.cos(midLat);
  // Units per degree of latitude; a degree of longitude is lonScale times as long.
  const scale = width / ((frame.east - frame.west) * lonScale);
  return {
    width,
    height: (frame.north - frame.south) * scale,
    unitsPerKm: scale / KM_PER_DEGREE_LAT,
    // SVG's y grows downwards, so north (larger latitude) is a smaller y.
    project: ([lon, lat]) => ({ x: (lon - frame.west) * lonScale * scale, y: (frame.north - lat) * scale }),
  };
}

/** An SVG path through projected points, one decimal place: plenty for a schematic. */
export function pathOf(points: readonly Point[], closed = true): string {
  if (points.length === 0) return '';
  const body = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round1(p.x)} ${round1(p.y)}`).join(' ');
  return closed ? `${body} Z` : body;
}

export const round1 = (n: number): number => Math.round(n * 10) / 10;
