import type { ZoneId } from '../../shared/data/schema';
import type { Lang } from '../../shared/format/formatValue';
import { equirectangular, pathOf, type LonLat, type Point } from './projection';
import { CHENG_LAKE, DUSHU_LAKE, FRAME, JINTING_ISLAND, PLATFORM_SHAPES, PRIORITY_POINTS, REFERENCE, TAIHU } from './mapShapes';
import {
  boxAround,
  boxOfPoints,
  placeLabels,
  wrapLabel,
  type Box,
  type Candidate,
  type LabelRequest,
  type Obstacle,
  type PlacedLabel,
} from './labelPlacement';

/**
 * The schematic, projected and labelled: everything the view draws, as plain
 * numbers and path strings, with no pixels measured. Text sizes are in SVG
 * user units; the map is laid out so that one unit is at least one CSS pixel
 * on a 1024-pixel projector (see the zones block of styles.css).
 */

export const MAP_WIDTH = 600;
export const projection = equirectangular(FRAME, MAP_WIDTH);
export const MAP_HEIGHT = Math.round(projection.height);

/** Every text on the map is at least this large in user units, so at least 18 CSS px at a scale of 1. */
export const FONT = { zone: { zh: 21, en: 19 }, place: 18, note: 18, marker: 18 } as const;
export const MARKER_RADIUS = 14;
/** Room at the left of every zone label for the tick that marks the selected one. */
export const CHECK_SLOT = 24;
export const TOWN_RADIUS = 4.5;

/** Places named on the map; their words come from the translations (zones.places.*). */
export const PLACE_IDS = ['taihu', 'dushuLake', 'chengLake', 'core', 'mudu', 'guangfu', 'dongshan', 'jinting', 'luzhi'] as const;
export type PlaceId = (typeof PLACE_IDS)[number];

export interface MapTexts {
  lang: Lang;
  /** Zone labels: the dataset's short names in the reader's language. */
  zones: Partial<Record<ZoneId, string>>;
  places: Record<PlaceId, string>;
  note: string;
}

export interface ZoneFeature {
  id: ZoneId;
  /** The platform's outline, or null for a priority shown by its marker alone. */
  path: string | null;
  marker: Point | null;
  /** The outline's corners, for hit tests; null for a marker alone. */
  polygon: Point[] | null;
  /** What the zone covers on the map: its outline's bounds, or its marker. */
  box: Box;
  label: PlacedLabel;
}

export interface Town {
  id: PlaceId;
  at: Point;
  kind: 'town' | 'seat';
}

export interface MapLayout {
  width: number;
  height: number;
  taihu: string;
  lakes: { id: PlaceId; path: string }[];
  islands: string[];
  towns: Town[];
  zones: ZoneFeature[];
  places: PlacedLabel[];
  note: PlacedLabel | null;
}

const project = (p: LonLat) => projection.project(p);
const projectAll = (points: readonly LonLat[]) => points.map(project);

/**
 * Designed label positions, best first; the placer falls back down the list on
 * a collision. Listed hardest first (longest labels, most crowded spots): the
 * order of this record is the order of placement.
 */
const ZONE_CANDIDATES: Record<ZoneId, readonly Candidate[]> = {
  // Long in English: when it cannot sit beside its marker it stands off in the open land to the south-east.
  'dushu-lake': [
    { side: 'ne', gap: 2 },
    { dx: 76, dy: 145 },
  ],
  // Centred above, or a little to the west so Dushu Lake keeps its name above the lake.
  hitech: [
    { side: 'n', gap: 5 },
    { dx: -25, dy: -48 },
    { side: 'nw', gap: 2 },
    { side: 'ne', gap: 2 },
  ],
  // Below its east end, or over Cheng Lake's northern shore when the lake needs its own name below it.
  etdz: [
    { side: 'se', gap: 2 },
    { dx: 100, dy: 15 },
    { side: 's', gap: 4 },
  ],
  'new-city': [
    { side: 's', gap: 6 },
    { side: 'sw', gap: 2 },
    { side: 'se', gap: 2 },
  ],
  'tcm-university': [
    { side: 'e', gap: 6 },
    { side: 'se', gap: 2 },
    { side: 's', gap: 4 },
    { side: 'sw', gap: 2 },
  ],
  'eco-island': [
    { side: 's', gap: 4 },
    { side: 'n', gap: 4 },
  ],
  resort: [
    { side: 'w', gap: 4 },
    { side: 'nw', gap: 2 },
    { side: 'sw', gap: 2 },
  ],
};

const PLACE_POINTS: Record<PlaceId, LonLat> = {
  taihu: [120.27, 31.255],
  dushuLake: REFERENCE.dushuWater,
  chengLake: REFERENCE.chengWater,
  core: REFERENCE.core,
  mudu: REFERENCE.mudu,
  guangfu: REFERENCE.guangfu,
  dongshan: REFERENCE.dongshan,
  jinting: REFERENCE.jinting,
  luzhi: REFERENCE.luzhi,
};

const PLACE_CANDIDATES: Record<PlaceId, readonly Candidate[]> = {
  // Water names sit in the water, never on a leader line ('c' shifts them down by the gap).
  taihu: [
    { side: 'c', gap: 0 },
    { side: 'c', gap: -40 },
    { side: 'c', gap: 40 },
  ],
  dushuLake: [
    { side: 'n', gap: 2 },
    { side: 'ne', gap: 0 },
    { side: 'nw', gap: 0 },
  ],
  chengLake: [
    { side: 'c', gap: 0 },
    { side: 's', gap: 2 },
    { side: 'e', gap: 2 },
    { side: 'n', gap: 2 },
  ],
  core: [
    { side: 'n', gap: 2 },
    { side: 'w', gap: 4 },
    { side: 'sw', gap: 2 },
    { side: 'nw', gap: 2 },
  ],
  mudu: [
    { side: 's', gap: 3 },
    { side: 'n', gap: 3 },
    { side: 'w', gap: 3 },
    { side: 'sw', gap: 1 },
  ],
  guangfu: [
    { side: 'w', gap: 4 },
    { side: 'nw', gap: 2 },
    { side: 'sw', gap: 2 },
    { side: 'n', gap: 3 },
  ],
  dongshan: [
    { side: 'w', gap: 4 },
    { side: 'sw', gap: 2 },
    { side: 'e', gap: 4 },
    { side: 's', gap: 3 },
    { side: 'n', gap: 3 },
  ],
  jinting: [
    { side: 'n', gap: 2 },
    { side: 's', gap: 2 },
  ],
  luzhi: [
    { side: 'n', gap: 3 },
    { side: 's', gap: 3 },
    { side: 'e', gap: 3 },
    { side: 'w', gap: 3 },
  ],
};

/** Towns that lie in a zone may be named over it; every other place name keeps off the zones. */
const PLACE_IN_ZONE: Partial<Record<PlaceId, ZoneId>> = { core: 'hitech', guangfu: 'resort' };

/** Lakes and the island are named against their outline, not their centre point. */
const PLACE_ANCHORS: Partial<Record<PlaceId, Box>> = {
  dushuLake: boxOfPoints(projectAll(DUSHU_LAKE)),
  chengLake: boxOfPoints(projectAll(CHENG_LAKE)),
  jinting: boxAround(project(REFERENCE.jinting), MARKER_RADIUS),
};

/** Towns drawn as a dot (the seat as a ringed dot); Jinting is the island itself, lakes are water. */
const TOWN_IDS = ['core', 'mudu', 'guangfu', 'dongshan', 'luzhi'] as const satisfies readonly PlaceId[];

/** Latin labels wrap at spaces beyond this many ems; Chinese ones are short and stay whole. */
const WRAP_EM = { zone: 6, place: 8.5, note: 30 } as const;

function zoneAnchor(id: ZoneId): { path: string | null; polygon: Point[] | null; marker: Point | null; box: Box } {
  const shape = (PLATFORM_SHAPES as Partial<Record<ZoneId, readonly LonLat[]>>)[id];
  const markerAt = (PRIORITY_POINTS as Partial<Record<ZoneId, LonLat>>)[id];
  const marker = markerAt ? project(markerAt) : null;
  if (shape) {
    const points = projectAll(shape);
    return { path: pathOf(points), polygon: points, marker, box: boxOfPoints(points) };
  }
  if (marker) return { path: null, polygon: null, marker, box: boxAround(marker, MARKER_RADIUS) };
  throw new Error(`no geometry for zone ${id}`);
}

export function hasGeometry(id: ZoneId): boolean {
  return id in PLATFORM_SHAPES || id in PRIORITY_POINTS;
}

/**
 * The name a zone goes by on the map: its short name without the district's
 * own name ("Wuzhong ETDZ" → "ETDZ"), which every label on a map of Wuzhong
 * would repeat. The list, the panel and the accessible name keep it whole.
 */
export function mapLabelText(shortName: string): string {
  const stripped = shortName.replace(/^(Wuzhong\s+|吴中)/, '').trim();
  return stripped === '' ? shortName : stripped;
}

/**
 * The label search is the costly part of drawing the map; a slide deck or a
 * language switch asks for the same layout again, so each is computed once.
 */
const layouts = new Map<string, MapLayout>();

/** Lays out the whole map for one set of label texts (one language). */
export function layoutMap(texts: MapTexts): MapLayout {
  const key = JSON.stringify(texts);
  const cached = layouts.get(key);
  if (cached) return cached;
  const layout = computeLayout(texts);
  layouts.set(key, layout);
  return layout;
}

function computeLayout(texts: MapTexts): MapLayout {
  const bounds: Box = { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT };
  const zoneIds = (Object.keys(ZONE_CANDIDATES) as ZoneId[]).filter((id) => texts.zones[id] !== undefined);
  const anchors = zoneIds.map((id) => ({ id, ...zoneAnchor(id) }));
  const islandBox = boxOfPoints(projectAll(JINTING_ISLAND));
  const towns: Town[] = TOWN_IDS.map((id) => ({ id, at: project(PLACE_POINTS[id]), kind: id === 'core' ? 'seat' : 'town' }));

  const markers: Obstacle[] = [
    ...anchors.flatMap((a) => (a.marker ? [{ owner: a.id, box: boxAround(a.marker, MARKER_RADIUS) }] : [])),
    ...towns.map((town) => ({ owner: town.id, box: boxAround(town.at, TOWN_RADIUS + 2) })),
  ];
  // A zone's label keeps off every other zone, so it cannot be read as naming it; a place's label only keeps off markers.
  const shapes: Obstacle[] = anchors.map((a) => ({ owner: a.id, box: a.box, ...(a.polygon ? { polygon: a.polygon } : {}) }));

  const zoneRequests = anchors.map(
    (a): LabelRequest => ({
      id: a.id,
      lines: wrapLabel(mapLabelText(texts.zones[a.id] ?? a.id), WRAP_EM.zone),
      fontSize: FONT.zone[texts.lang],
      weight: 'bold',
      reserve: CHECK_SLOT,
      maxFallbackGap: 40,
      anchor: a.id === 'eco-island' ? islandBox : a.box,
      candidates: ZONE_CANDIDATES[a.id],
      avoid: [...shapes, ...markers],
    }),
  );
  const placeRequests = PLACE_IDS.map(
    (id): LabelRequest => ({
      id,
      lines: wrapLabel(texts.places[id], WRAP_EM.place),
      fontSize: FONT.place,
      weight: 'normal',
      anchor: PLACE_ANCHORS[id] ?? boxAround(project(PLACE_POINTS[id]), TOWN_RADIUS),
      candidates: PLACE_CANDIDATES[id],
      // A place name far from its place would be a puzzle: it stays close or is placed earlier.
      maxFallbackGap: 14,
      avoid: [...markers, ...shapes.filter((shape) => shape.owner !== PLACE_IN_ZONE[id])],
    }),
  );
  const noteRequest: LabelRequest = {
    id: 'note',
    lines: wrapLabel(texts.note, WRAP_EM.note),
    fontSize: FONT.note,
    weight: 'normal',
    // The bottom-right corner is open land south of Luzhi.
    anchor: { x: MAP_WIDTH - 8, y: MAP_HEIGHT - 6, width: 0, height: 0 },
    candidates: [{ side: 'nw', gap: 0 }],
    avoid: [...shapes, ...markers],
  };
  // Crowded corners first: Dushu Lake's priority, the lake itself, then the rest.
  const first = ['note', 'dushu-lake', 'dushuLake', 'hitech'];
  const requests = [noteRequest, ...zoneRequests, ...placeRequests];
  const rank = (r: LabelRequest) => (first.includes(r.id) ? first.indexOf(r.id) : first.length);
  const placed = placeLabels(
    [...requests].sort((a, b) => rank(a) - rank(b)),
    bounds,
  );
  const labelOf = new Map(placed.map((label) => [label.id, label]));

  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    taihu: pathOf(projectAll(TAIHU)),
    lakes: [
      { id: 'dushuLake', path: pathOf(projectAll(DUSHU_LAKE)) },
      { id: 'chengLake', path: pathOf(projectAll(CHENG_LAKE)) },
    ],
    islands: [pathOf(projectAll(JINTING_ISLAND))],
    towns,
    zones: anchors.flatMap((a) => {
      const label = labelOf.get(a.id);
      return label ? [{ id: a.id, path: a.path, polygon: a.polygon, marker: a.marker, box: a.box, label }] : [];
    }),
    places: placed.filter((label) => (PLACE_IDS as readonly string[]).includes(label.id)),
    note: labelOf.get('note') ?? null,
  };
}

/** Arrow-key order on the map: west to east, as the eye reads it. */
export function zoneOrder(zones: readonly Pick<ZoneFeature, 'id' | 'box'>[]): ZoneId[] {
  return [...zones].sort((a, b) => a.box.x + a.box.width / 2 - (b.box.x + b.box.width / 2)).map((z) => z.id);
}

export type MoveKey = 'ArrowRight' | 'ArrowDown' | 'ArrowLeft' | 'ArrowUp' | 'Home' | 'End';

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
