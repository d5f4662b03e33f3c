import type { ZoneId } from '../../shared/data/schema';
import type { Frame, LonLat } from './projection';

/**
 * The schematic's shapes, in degrees. Every point comes from
 * shared/reference/geography.md (good to about ±0.03°); the outlines around
 * them are drawn by hand. No survey boundary was used, and none exists that
 * could be: the shapes say "about here", never "exactly this".
 */

/** The window of the map: Jinting island in the west to Luzhi in the east, Guangfu in the north to the tip of Dongshan, with room for labels. */
export const FRAME: Frame = { west: 120.18, east: 120.95, south: 30.975, north: 31.365 };

/** The reference points the shapes are drawn around (geography.md). */
export const REFERENCE = {
  etdz: [120.68, 31.25],
  hitech: [120.642, 31.275],
  resort: [120.43, 31.22],
  newCity: [120.61, 31.18],
  ecoIsland: [120.28, 31.12],
  dushuLake: [120.72, 31.26],
  tcmUniversity: [120.5, 31.1],
  core: [120.628, 31.264],
  mudu: [120.513, 31.26],
  guangfu: [120.388, 31.284],
  dongshan: [120.4, 31.06],
  jinting: [120.28, 31.12],
  guoxiang: [120.69, 31.25],
  dushuWater: [120.7, 31.273],
  luzhi: [120.85, 31.26],
  chengWater: [120.82, 31.2],
} as const satisfies Record<string, LonLat>;

/**
 * Taihu's eastern waters, clockwise from the frame's north-west corner: the
 * east shore past Guangfu and Xiangshan, around the Dongshan peninsula (which
 * stays land), along East Taihu past Linhu, then the Suzhou Bay shore south of
 * Taihu New City. The lake runs on beyond the frame to the west and south.
 */
export const TAIHU: readonly LonLat[] = [
  [120.18, 31.365],
  [120.35, 31.365],
  [120.362, 31.3],
  [120.372, 31.26],
  [120.392, 31.215],
  [120.42, 31.178],
  [120.448, 31.142],
  // West shore of the Dongshan peninsula, down to its tip and back up its east side.
  [120.42, 31.112],
  [120.375, 31.072],
  [120.345, 31.035],
  [120.352, 31.012],
  [120.39, 31.018],
  [120.432, 31.045],
  [120.472, 31.07],
  // East Taihu: south of Linhu, Suzhou Bay below Taihu New City, then down its east shore (Wujiang).
  [120.515, 31.078],
  [120.552, 31.104],
  [120.58, 31.134],
  [120.625, 31.142],
  [120.664, 31.138],
  [120.652, 31.098],
  [120.626, 31.05],
  [120.606, 30.975],
  [120.18, 30.975],
];

/** Jinting (Xishan) island, about 15 × 11 km. */
export const JINTING_ISLAND: readonly LonLat[] = [
  [120.205, 31.128],
  [120.228, 31.162],
  [120.275, 31.176],
  [120.325, 31.166],
  [120.355, 31.138],
  [120.352, 31.1],
  [120.318, 31.072],
  [120.262, 31.066],
  [120.222, 31.086],
];

/** Dushu Lake, inside Suzhou Industrial Park just north of Guoxiang: about 3 km across. */
export const DUSHU_LAKE: readonly LonLat[] = [
  [120.686, 31.282],
  [120.702, 31.288],
  [120.716, 31.279],
  [120.713, 31.264],
  [120.698, 31.259],
  [120.686, 31.266],
];

/** Cheng Lake, south of Luzhi: about 7 × 5 km. */
export const CHENG_LAKE: readonly LonLat[] = [
  [120.79, 31.215],
  [120.815, 31.228],
  [120.848, 31.221],
  [120.855, 31.196],
  [120.835, 31.175],
  [120.8, 31.176],
  [120.785, 31.195],
];

/**
 * The four development platforms, hand-drawn around their reference points
 * and the towns and streets geography.md places in them. Neighbours share
 * edges rather than overlap.
 */
export const PLATFORM_SHAPES = {
  // Changqiao, around the district seat.
  hitech: [
    [120.6, 31.301],
    [120.662, 31.303],
    [120.668, 31.267],
    [120.652, 31.256],
    [120.6, 31.257],
  ],
  // Chengnan south of the seat and Guoxiang to the east, wrapping round the south of Dushu Lake.
  etdz: [
    [120.607, 31.254],
    [120.652, 31.254],
    [120.668, 31.264],
    [120.684, 31.257],
    [120.716, 31.255],
    [120.742, 31.263],
    [120.749, 31.233],
    [120.722, 31.212],
    [120.662, 31.211],
    [120.616, 31.225],
  ],
  // Taihu Street, facing Suzhou Bay.
  'new-city': [
    [120.564, 31.207],
    [120.63, 31.213],
    [120.657, 31.199],
    [120.661, 31.168],
    [120.632, 31.15],
    [120.586, 31.144],
    [120.556, 31.17],
  ],
  // Xiangshan and Guangfu on the east shore; Jinting and Dongshan belong to it too (see the description).
  resort: [
    [120.374, 31.298],
    [120.44, 31.3],
    [120.486, 31.272],
    [120.49, 31.215],
    [120.456, 31.17],
    [120.425, 31.18],
    [120.396, 31.218],
    [120.378, 31.262],
  ],
} as const satisfies Partial<Record<ZoneId, readonly LonLat[]>>;

/** The 「四个一号」, marked by a point each (Taihu New City's sits inside its shape). */
export const PRIORITY_POINTS = {
  'new-city': REFERENCE.newCity,
  'eco-island': REFERENCE.ecoIsland,
  'dushu-lake': REFERENCE.dushuLake,
  'tcm-university': REFERENCE.tcmUniversity,
} as const satisfies Partial<Record<ZoneId, LonLat>>;
