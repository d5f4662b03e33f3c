import type { ZoneId } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import type { Point } from './projection';
import type { LakeId } from './mapShapes';
import { MAP_GEOMETRY } from './mapGeometry.data';
import { boxAround, boxOfPoints, boxesOverlap, type Box } from './geometry';
import { wrapLabel } from './textMetrics';
import { placeLabels, type Candidate, type LabelRequest, type Obstacle, type PlacedLabel } from './labelPlacement';

/**
 * The map, projected and labelled: everything the view draws, as plain
 * numbers and path strings, with no pixels measured. Text sizes are in SVG
 * user units; the map is laid out so that one unit is at least one CSS pixel
 * on a 1024-pixel projector (see the zones block of styles.css).
 */

export const MAP_WIDTH = 600;
/** The map's fixed geometry (mapGeometry.ts) is projected at this width; its height follows from the frame. */
export const MAP_HEIGHT = Math.round(MAP_GEOMETRY.height);

/** Every text on the map is at least this large in user units, so at least 18 CSS px at a scale of 1. */
export const FONT = { zone: { zh: 21, en: 19 }, place: 18, note: 18, marker: 18 } as const;
export const MARKER_RADIUS = 14;
/** Room at the left of every zone label for the tick that marks the selected one. */
export const CHECK_SLOT = 20;
export const TOWN_RADIUS = 4.5;
/** The scale bar's length: a round distance about a sixth of the map wide. */
export const SCALE_KM = 10;

/** Places named on the map; their words come from the translations (zones.places.*). */
export const PLACE_IDS = [
  'taihu',
  'dushuLake',
  'chengLake',
  'shiLake',
  'core',
  'mudu',
  'guangfu',
  'dongshan',
  'luzhi',
  'huqiu',
  'gusu',
  'wujiang',
  'kunshan',
] as const;
export type PlaceId = (typeof PLACE_IDS)[number];
/** The places that are water: a zone's name never sits on them. */
export const WATER_IDS = ['taihu', 'dushuLake', 'chengLake', 'shiLake'] as const satisfies readonly PlaceId[];
/** The places that are other districts, named in a muted style. */
export const NEIGHBOUR_IDS = ['huqiu', 'gusu', 'wujiang', 'kunshan'] as const satisfies readonly PlaceId[];
export type NeighbourId = (typeof NEIGHBOUR_IDS)[number];

export interface MapTexts {
  lang: Lang;
  /** Zone labels: the dataset's short names in the reader's language. */
  zones: Partial<Record<ZoneId, string>>;
  places: Record<PlaceId, string>;
  note: string;
  /** The scale bar's words, for example "10 km". */
  scale: string;
  /** The north arrow's letter. */
  north: string;
}

export interface ZoneFeature {
  id: ZoneId;
  /** The platform's area, or null for a priority shown by its marker alone. */
  path: string | null;
  marker: Point | null;
  /** The area's outer rings, for hit tests; empty for a marker alone. */
  polygons: Point[][];
  /** What the zone covers on the map: its area's bounds, or its marker. */
  box: Box;
  label: PlacedLabel;
}

export interface Town {
  id: PlaceId;
  at: Point;
  kind: 'town' | 'seat';
}

export interface Water {
  id: (typeof WATER_IDS)[number];
  path: string;
  /** Outer rings, for hit tests. */
  polygons: Point[][];
}

export interface MapGroundShapes {
  width: number;
  height: number;
  /** Wuzhong's land and its neighbours', cut to the frame. */
  district: string;
  neighbours: string[];
  water: Water[];
  /** Wuzhong's administrative outline, which runs through the lake. */
  outline: string;
}

export interface Furniture {
  /** The north arrow's box; the arrow points up its middle. */
  north: Box;
  /** The scale bar: its left end, its length in units, and the box of bar and words. */
  scale: { at: Point; length: number; box: Box };
}

export interface MapLayout extends MapGroundShapes {
  towns: Town[];
  zones: ZoneFeature[];
  places: PlacedLabel[];
  note: PlacedLabel | null;
  furniture: Furniture;
  scaleLabel: PlacedLabel | null;
  northLabel: PlacedLabel | null;
}

export const LAKE_IDS = ['dushuLake', 'chengLake', 'shiLake'] as const satisfies readonly LakeId[];

/** The ground is the same whatever the language: projected at build time (mapGeometry.ts). */
export const GROUND: MapGroundShapes = {
  width: MAP_WIDTH,
  height: MAP_HEIGHT,
  ...MAP_GEOMETRY.ground,
  outline: MAP_GEOMETRY.ground.district,
};

export interface LocatorShapes {
  width: number;
  height: number;
  districts: { code: string; path: string; home: boolean }[];
  /** The main map's frame on the small map. */
  frame: Box;
}

/** The small map of Suzhou that shows where Wuzhong lies, and the main map's frame on it. */
export const LOCATOR: LocatorShapes = MAP_GEOMETRY.locator;

/** Jinting island in SVG units: the eco-island priority names it. */
export const ISLAND_RINGS: readonly Point[][] = MAP_GEOMETRY.islandRings;

/**
 * Designed label positions, best first; the placer falls back down the list on
 * a collision. A zone's name sits on its own area ('c') wherever it fits.
 * Listed hardest first (longest labels, most crowded spots): the order of this
 * record is the order of placement.
 */
const ZONE_CANDIDATES: Record<ZoneId, readonly Candidate[]> = {
  // Smaller than its name, with the district seat in its middle: the name leans on its north-west corner.
  hitech: [
    { side: 'c', gap: 0 },
    { side: 'n', gap: -12 },
    ...[-36, -32, -28, -24, -20].flatMap((dy) => [-36, -40, -44, -48].map((dx) => ({ dx, dy }))),
    // Where even that is too tight (the English name is two lines), it stands on Gusu's land to the north, on a leader.
    ...[-62, -70].flatMap((dy) => [-30, -20, -40, -10].map((dx) => ({ dx, dy }))),
  ],
  // Linhu is a strip of land between two arms of the lake, narrower than the name: when the name fits
  // nowhere beside the marker it stands on Wujiang's land across Suzhou Bay, on a leader.
  'tcm-university': [
    { side: 'n', gap: 0 },
    { side: 'ne', gap: 0 },
    { side: 'nw', gap: 0 },
    { side: 'e', gap: 2 },
    ...[0, 20, 40, -20].flatMap((dy) => [170, 190, 210, 230].map((dx) => ({ dx, dy }))),
  ],
  // Between the ETDZ, Cheng Lake and Luzhi there is room for the marker but not the name: it stands
  // north, on the Industrial Park's land, on a short leader.
  'dushu-lake': [
    { side: 'ne', gap: 0 },
    { side: 'n', gap: 0 },
    { side: 'nw', gap: 0 },
    ...[-62, -76, -90].flatMap((dy) => [0, 20, -20, 30, 40, -40].map((dx) => ({ dx, dy }))),
  ],
  etdz: [
    { side: 'c', gap: 0 },
    { dx: 12, dy: 0 },
    { dx: -12, dy: 0 },
    { dx: 24, dy: 0 },
    { side: 'c', gap: 8 },
  ],
  'new-city': [
    { side: 'c', gap: 0 },
    { dx: -10, dy: -8 },
    { dx: -10, dy: 8 },
    { side: 'c', gap: 12 },
  ],
  // Below its marker, close enough that the line's empty top overlaps the marker's edge.
  'eco-island': [
    { side: 's', gap: -4 },
    { side: 's', gap: -2 },
  ],
  resort: [{ side: 'c', gap: 0 }],
};

/** Positions on and around a platform's middle, nearest first: tried after its designed ones. */
const ON_AREA: readonly Candidate[] = [-30, -20, -10, 0, 10, 20, 30]
  .flatMap((dx) => [-30, -20, -10, 0, 10, 20, 30].map((dy) => ({ dx, dy })))
  .sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy));

function spotsAround(id: NeighbourId): Candidate[] {
  const origin = MAP_GEOMETRY.places[id];
  return MAP_GEOMETRY.neighbourSpots[id].map((at) => ({ dx: at.x - origin.x, dy: at.y - origin.y }));
}

const SIDES_NEAR: readonly Candidate[] = [
  { side: 'n', gap: 3 },
  { side: 's', gap: 3 },
  { side: 'e', gap: 4 },
  { side: 'w', gap: 4 },
  { side: 'ne', gap: 1 },
  { side: 'nw', gap: 1 },
  { side: 'se', gap: 1 },
  { side: 'sw', gap: 1 },
];

const CENTRED: readonly Candidate[] = [
  { side: 'c', gap: 0 },
  { side: 'c', gap: -16 },
  { side: 'c', gap: 16 },
  { dx: -30, dy: 0 },
  { dx: 30, dy: 0 },
];

const PLACE_CANDIDATES: Record<PlaceId, readonly Candidate[]> = {
  // Water names sit in the water, never on a leader line.
  taihu: CENTRED,
  dushuLake: [{ side: 'c', gap: 0 }, { side: 'n', gap: 2 }, ...SIDES_NEAR],
  chengLake: [{ side: 'c', gap: 0 }, { side: 's', gap: 2 }, ...SIDES_NEAR],
  shiLake: [{ side: 'w', gap: 2 }, { side: 'sw', gap: 0 }, { side: 'nw', gap: 0 }, ...SIDES_NEAR],
  core: SIDES_NEAR,
  mudu: SIDES_NEAR,
  guangfu: [{ side: 'e', gap: 4 }, ...SIDES_NEAR],
  dongshan: [{ side: 'e', gap: 4 }, ...SIDES_NEAR],
  luzhi: SIDES_NEAR,
  huqiu: spotsAround('huqiu'),
  gusu: spotsAround('gusu'),
  wujiang: spotsAround('wujiang'),
  kunshan: spotsAround('kunshan'),
};

/** Towns that lie in a zone may be named over it; every other place name keeps off the zones. */
const PLACE_IN_ZONE: Partial<Record<PlaceId, ZoneId>> = { core: 'hitech', guangfu: 'resort' };

function lakeBox(id: (typeof LAKE_IDS)[number]): Box {
  return boxOfPoints(GROUND.water.filter((w) => w.id === id).flatMap((w) => w.polygons.flat()));
}

/** Lakes are named against their outline, not their centre point. */
const PLACE_ANCHORS: Partial<Record<PlaceId, Box>> = {
  dushuLake: lakeBox('dushuLake'),
  chengLake: lakeBox('chengLake'),
  shiLake: lakeBox('shiLake'),
};

/** Towns drawn as a dot (the seat as a ringed dot); lakes are water, neighbours are areas. Jinting is the island the eco-island label names. */
const TOWN_IDS = ['core', 'mudu', 'guangfu', 'dongshan', 'luzhi'] as const satisfies readonly PlaceId[];

/** Names the map must show; any other place name gives way when there is no room for it. */
const REQUIRED_PLACES: readonly PlaceId[] = ['taihu', 'chengLake'];

/** Latin labels wrap at spaces beyond this many ems; Chinese ones are short and stay whole. */
const WRAP_EM = { zone: 6, place: 8.5, note: 30 } as const;

export interface ZoneGeometry {
  path: string | null;
  polygons: Point[][];
  marker: Point | null;
  box: Box;
}

/** The zones in the order of placement: the order computeMapGeometry lists them in. */
export const MAP_ZONE_IDS = Object.keys(ZONE_CANDIDATES) as ZoneId[];

/** Each zone's area or marker on the map, with no label: what the presenter's locator draws. */
export const ZONE_GEOMETRY: Partial<Record<ZoneId, ZoneGeometry>> = MAP_GEOMETRY.zones;

export function hasGeometry(id: ZoneId): boolean {
  return ZONE_GEOMETRY[id] !== undefined;
}

/**
 * The name a zone goes by on the map: its short name without the district's
 * own name ("Wuzhong ETDZ" → "ETDZ"), which every label on a map of Wuzhong
 * would repeat, and "Demonstration Zone" as "Demo Zone" (the legend says so).
 * The list, the panel and the accessible name keep the name whole.
 */
export function mapLabelText(shortName: string): string {
  const stripped = shortName
    .replace(/^(Wuzhong\s+|吴中)/, '')
    .replace(/\bDemonstration Zone$/, 'Demo Zone')
    .trim();
  return stripped === '' ? shortName : stripped;
}

/**
 * The name a zone's button on the map goes by: its short name, which holds the words drawn on
 * the map ("ETDZ" in "Wuzhong ETDZ"), so that what a reader sees is part of what the button is
 * called (WCAG 2.5.3); where the map abbreviates a word, the words drawn come first and the
 * name in full after them: "Dushu Lake Demo Zone (Dushu Lake Demonstration Zone)".
 */
export function mapButtonName(shortName: string): string {
  const drawn = mapLabelText(shortName);
  return shortName.includes(drawn) ? shortName : `${drawn} (${shortName})`;
}

/** Where the north arrow and the scale bar stand: the open water of the north-west and south-west corners. */
function furniture(): Furniture {
  const length = SCALE_KM * MAP_GEOMETRY.unitsPerKm;
  return {
    north: { x: 10, y: 8, width: 30, height: 52 },
    scale: { at: { x: 14, y: MAP_HEIGHT - 14 }, length, box: { x: 8, y: MAP_HEIGHT - 44, width: length + 16, height: 40 } },
  };
}

/**
 * The label search is the costly part of drawing the map (about 75 ms on a phone at 4× CPU
 * slowdown, in one piece: the longest task of a zones page's hydration); a slide deck or a
 * language switch asks for the same layout again, so each is computed once.
 */
const layouts = new Map<string, MapLayout>();

/**
 * The labels as placed, by the texts they were placed for (`JSON.stringify(texts)`): the same
 * texts give the same placement, so one computed at build time, for the build's dataset, is
 * reused in the page (`seedLabelPlacements`) rather than searched for again.
 */
const placements = new Map<string, PlacedLabel[]>();

/** The id of the page's `<script type="application/json">` that carries the build's placements. */
export const MAP_LABELS_ID = 'map-labels';

/** Every placement made so far, by its texts: what the prerender writes into a zones page. */
export function labelPlacements(): [texts: string, labels: PlacedLabel[]][] {
  return [...placements];
}

const isPlacedLabel = (label: unknown): label is PlacedLabel => {
  const l = label as Partial<PlacedLabel> | null;
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  return (
    typeof l?.id === 'string' &&
    Array.isArray(l.lines) &&
    l.lines.every((line) => typeof line === 'string') &&
    finite(l.fontSize) &&
    finite(l.reserve) &&
    [l.box?.x, l.box?.y, l.box?.width, l.box?.height].every(finite)
  );
};

/**
 * Placements made ahead of time (`labelPlacements` at build time); an entry that is not a list of
 * placed labels is left out, so the map then places its labels itself. Returns how many were taken.
 */
export function seedLabelPlacements(entries: unknown): number {
  if (!Array.isArray(entries)) return 0;
  let taken = 0;
  for (const entry of entries) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1]) || !entry[1].every(isPlacedLabel)) continue;
    placements.set(entry[0], entry[1]);
    taken++;
  }
  return taken;
}

/** Lays out the whole map for one set of label texts (one language). */
export function layoutMap(texts: MapTexts): MapLayout {
  const key = JSON.stringify(texts);
  const cached = layouts.get(key);
  if (cached) return cached;
  const layout = computeLayout(texts, key);
  layouts.set(key, layout);
  return layout;
}

function computeLayout(texts: MapTexts, key: string): MapLayout {
  const bounds: Box = { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT };
  const anchors = (Object.keys(ZONE_CANDIDATES) as ZoneId[]).flatMap((id) => {
    const geometry = ZONE_GEOMETRY[id];
    return geometry && texts.zones[id] !== undefined ? [{ id, ...geometry }] : [];
  });
  const towns: Town[] = TOWN_IDS.map((id) => ({ id, at: MAP_GEOMETRY.places[id], kind: id === 'core' ? 'seat' : 'town' }));
  const furnished = furniture();
  const islandBox = boxOfPoints(ISLAND_RINGS.flat());

  const markers: Obstacle[] = [
    // A platform's own marker is kept clear too: its name must not hide its "1".
    ...anchors.flatMap((a) => (a.marker ? [{ owner: a.path ? `marker:${a.id}` : a.id, box: boxAround(a.marker, MARKER_RADIUS) }] : [])),
    ...towns.filter((town) => town.kind === 'seat').map((town) => ({ owner: town.id, box: boxAround(town.at, TOWN_RADIUS + 2) })),
    { owner: 'north', box: furnished.north },
    { owner: 'scale', box: furnished.scale.box },
  ];
  // The other towns give way to the zones' names: a town whose dot a zone's name covers is left off, dot and name.
  const townDots: Obstacle[] = towns
    .filter((town) => town.kind === 'town')
    .map((town) => ({ owner: town.id, box: boxAround(town.at, TOWN_RADIUS + 2) }));
  // A zone's label keeps off every other zone, so it cannot be read as naming it; a place's label only keeps off markers.
  const shapes: Obstacle[] = anchors.flatMap((a) => a.polygons.map((polygon) => ({ owner: a.id, box: boxOfPoints(polygon), polygon })));
  const water = (ids: readonly string[]): Obstacle[] =>
    GROUND.water
      .filter((w) => ids.includes(w.id))
      .flatMap((w) => w.polygons.map((polygon) => ({ owner: `water:${w.id}`, box: boxOfPoints(polygon), polygon })));
  const lakes = water(LAKE_IDS);
  const allWater = water(WATER_IDS);

  const zoneRequests = anchors.map((a): LabelRequest => ({
    id: a.id,
    lines: wrapLabel(mapLabelText(texts.zones[a.id] ?? a.id), WRAP_EM.zone),
    fontSize: FONT.zone[texts.lang],
    weight: 'bold',
    reserve: CHECK_SLOT,
    maxFallbackGap: 26,
    anchor: a.marker && !a.path ? boxAround(a.marker, MARKER_RADIUS) : a.box,
    candidates: a.path ? [...ZONE_CANDIDATES[a.id], ...ON_AREA] : ZONE_CANDIDATES[a.id],
    // The island's name sits on the island, in the lake that surrounds it; every other zone's keeps off all water.
    avoid: [...shapes, ...markers, ...(a.id === 'eco-island' ? lakes : allWater)],
    ...(a.id === 'eco-island' ? { centreWithin: islandBox, touch: ISLAND_RINGS } : {}),
    ...(a.polygons.length > 0 ? { touch: a.polygons } : {}),
  }));
  const placeRequests = PLACE_IDS.map((id): LabelRequest => ({
    id,
    lines: wrapLabel(texts.places[id], WRAP_EM.place),
    fontSize: FONT.place,
    weight: 'normal',
    anchor: PLACE_ANCHORS[id] ?? boxAround(MAP_GEOMETRY.places[id], TOWN_RADIUS),
    candidates: PLACE_CANDIDATES[id],
    // A place name far from its place would be a puzzle: it stays close or is placed earlier.
    maxFallbackGap: 14,
    avoid: [...markers, ...townDots, ...shapes.filter((shape) => shape.owner !== PLACE_IN_ZONE[id])],
    optional: !REQUIRED_PLACES.includes(id),
    noLeader: (NEIGHBOUR_IDS as readonly PlaceId[]).includes(id),
  }));
  const noteRequest: LabelRequest = {
    id: 'note',
    lines: wrapLabel(texts.note, WRAP_EM.note),
    fontSize: FONT.note,
    weight: 'normal',
    // The bottom-right corner is open land in Wujiang.
    anchor: { x: MAP_WIDTH - 8, y: MAP_HEIGHT - 6, width: 0, height: 0 },
    candidates: [{ side: 'nw', gap: 0 }],
    avoid: [...shapes, ...markers],
  };
  const scaleRequest: LabelRequest = {
    id: 'scale',
    lines: [texts.scale],
    fontSize: FONT.note,
    weight: 'normal',
    anchor: { x: furnished.scale.at.x, y: furnished.scale.at.y - 8, width: furnished.scale.length, height: 0 },
    candidates: [{ side: 'n', gap: 2 }],
    avoid: [],
  };
  const northRequest: LabelRequest = {
    id: 'north',
    lines: [texts.north],
    fontSize: FONT.note,
    weight: 'bold',
    anchor: { x: furnished.north.x, y: furnished.north.y + furnished.north.height - 24, width: furnished.north.width, height: 24 },
    candidates: [{ side: 'c', gap: 0 }],
    avoid: [],
  };
  // Fixed things first, then the water's names (which keep to their water), the zones (hardest first), then the places that may give way.
  const required = placeRequests.filter((r) => !r.optional);
  const optional = placeRequests.filter((r) => r.optional);
  const requests = [scaleRequest, northRequest, noteRequest, ...required, ...zoneRequests, ...optional].filter(
    (r) => r.lines.join('') !== '',
  );
  const placed = placements.get(key) ?? placeLabels(requests, bounds);
  placements.set(key, placed);
  const labelOf = new Map(placed.map((label) => [label.id, label]));
  const zoneLabels = anchors.flatMap((a) => labelOf.get(a.id) ?? []);
  const shownTowns = towns.filter(
    (town) => town.kind === 'seat' || !zoneLabels.some((label) => boxesOverlap(label.box, boxAround(town.at, TOWN_RADIUS + 2))),
  );
  const hiddenTowns = new Set<string>(towns.filter((town) => !shownTowns.includes(town)).map((town) => town.id));

  return {
    ...GROUND,
    towns: shownTowns,
    zones: anchors.flatMap((a) => {
      const label = labelOf.get(a.id);
      return label ? [{ id: a.id, path: a.path, polygons: a.polygons, marker: a.marker, box: a.box, label }] : [];
    }),
    places: placed.filter((label) => (PLACE_IDS as readonly string[]).includes(label.id) && !hiddenTowns.has(label.id)),
    note: labelOf.get('note') ?? null,
    furniture: furnished,
    scaleLabel: labelOf.get('scale') ?? null,
    northLabel: labelOf.get('north') ?? null,
  };
}

/** The zone an arrow key moves to, wrapping at the ends; null for any other key. */
export function moveInOrder(order: readonly ZoneId[], current: ZoneId, key: string): ZoneId | null {
  const i = order.indexOf(current);
  if (order.length === 0) return null;
  const at = (index: number) => order[(index + order.length) % order.length] ?? null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return i === -1 ? at(0) : at(i + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return i === -1 ? at(-1) : at(i - 1);
    case 'Home':
      return at(0);
    case 'End':
      return at(-1);
    default:
      return null;
  }
}
