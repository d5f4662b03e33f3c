import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/data/datasetFile.testutil';
import type { ZoneId } from '../../shared/data/schema';
import type { Lang } from '../../shared/format/formatValue';
import zh from '../../shared/i18n/locales/zh.json';
import en from '../../shared/i18n/locales/en.json';
import { boxAround, boxContains, boxHitsPolygon, boxesOverlap, segmentHitsBox, type Box } from './labelPlacement';
import { FONT, MAP_HEIGHT, MAP_WIDTH, MARKER_RADIUS, layoutMap, moveInOrder, projection, zoneOrder, type MapLayout } from './mapLayout';
import { FRAME, PLATFORM_SHAPES, PRIORITY_POINTS, REFERENCE } from './mapShapes';

const LOCALES = { zh, en } as const;

function layoutFor(lang: Lang): MapLayout {
  const locale = LOCALES[lang];
  return layoutMap({
    lang,
    zones: Object.fromEntries(dataset.zones.map((zone) => [zone.id, zone.shortName[lang]])),
    places: locale.zones.places,
    note: locale.zones.schematic,
  });
}

const frameBox: Box = { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT };
const inFrame = ([lon, lat]: readonly [number, number]) => lon >= FRAME.west && lon <= FRAME.east && lat >= FRAME.south && lat <= FRAME.north;

describe('the zones on the map', () => {
  it('draws every zone of the dataset: the four platforms as shapes, the four priorities with a marker', () => {
    expect(Object.keys(PLATFORM_SHAPES).sort()).toEqual(['etdz', 'hitech', 'new-city', 'resort']);
    expect(Object.keys(PRIORITY_POINTS).sort()).toEqual(['dushu-lake', 'eco-island', 'new-city', 'tcm-university']);
    expect(layoutFor('zh').zones.map((z) => z.id).sort()).toEqual(dataset.zones.map((z) => z.id).sort());
  });

  it('keeps every zone inside the district frame, in degrees and in SVG units', () => {
    const shapes = Object.values(PLATFORM_SHAPES).flat();
    for (const point of [...shapes, ...Object.values(PRIORITY_POINTS), ...Object.values(REFERENCE)]) expect(inFrame(point), String(point)).toBe(true);
    for (const zone of layoutFor('zh').zones) expect(boxContains(frameBox, zone.box), zone.id).toBe(true);
  });

  it('draws each shape around its reference point', () => {
    const reference: Record<keyof typeof PLATFORM_SHAPES, readonly [number, number]> = {
      etdz: REFERENCE.etdz,
      hitech: REFERENCE.hitech,
      resort: REFERENCE.resort,
      'new-city': REFERENCE.newCity,
    };
    for (const zone of layoutFor('zh').zones.filter((z) => z.path)) {
      const at = projection.project(reference[zone.id as keyof typeof PLATFORM_SHAPES]);
      expect(boxContains(zone.box, { ...at, width: 0, height: 0 }), zone.id).toBe(true);
    }
  });

  it('lets no two platforms overlap beyond a shared edge', () => {
    // Bounding boxes of the hand-made outlines may touch; their centres stay in their own shape's box only.
    const zones = layoutFor('zh').zones.filter((z) => z.path);
    for (const a of zones) {
      for (const b of zones) {
        if (a === b) continue;
        const centre = { x: a.box.x + a.box.width / 2, y: a.box.y + a.box.height / 2, width: 0, height: 0 };
        expect(boxContains(b.box, centre), `${a.id} centre in ${b.id}`).toBe(false);
      }
    }
  });

  it('puts the arrow keys in west-to-east order', () => {
    expect(zoneOrder(layoutFor('zh').zones)).toEqual(['eco-island', 'resort', 'tcm-university', 'new-city', 'hitech', 'etdz', 'dushu-lake']);
  });
});

describe.each(['zh', 'en'] as const)('the labels in %s', (lang) => {
  const layout = layoutFor(lang);
  const labels = [...layout.zones.map((z) => z.label), ...layout.places, ...(layout.note ? [layout.note] : [])];

  it('label every zone and place, and the schematic note', () => {
    expect(labels).toHaveLength(dataset.zones.length + 9 + 1);
  });

  it('never overlap one another, with room to spare', () => {
    const clashes: string[] = [];
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) if (boxesOverlap(a.box, b.box, 2)) clashes.push(`${a.id} × ${b.id}`);
    }
    expect(clashes).toEqual([]);
  });

  it('draw no leader line through another label', () => {
    const crossings: string[] = [];
    for (const a of labels) {
      if (!a.leader) continue;
      for (const b of labels) if (b !== a && segmentHitsBox(a.leader, b.box)) crossings.push(`${a.id} leader through ${b.id}`);
    }
    expect(crossings).toEqual([]);
  });

  it('stay inside the map', () => {
    for (const label of labels) expect(boxContains(frameBox, label.box), label.id).toBe(true);
  });

  it('keep a zone label off every other zone and marker', () => {
    const clashes: string[] = [];
    for (const zone of layout.zones) {
      for (const other of layout.zones) {
        if (other.id === zone.id) continue;
        const hit = other.polygon ? boxHitsPolygon(zone.label.box, other.polygon) : boxesOverlap(zone.label.box, other.box);
        const hitsMarker = other.marker !== null && boxesOverlap(zone.label.box, boxAround(other.marker, MARKER_RADIUS));
        if (hit || hitsMarker) clashes.push(`${zone.id} label on ${other.id}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keep place names off the zones they do not lie in', () => {
    const clashes: string[] = [];
    for (const place of layout.places) {
      for (const zone of layout.zones) {
        if (!zone.polygon || (place.id === 'core' && zone.id === 'hitech') || (place.id === 'guangfu' && zone.id === 'resort')) continue;
        if (boxHitsPolygon(place.box, zone.polygon)) clashes.push(`${place.id} on ${zone.id}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('are at least 18 units tall, so 18 CSS px wherever the map is drawn at least at its own size', () => {
    for (const label of labels) expect(label.fontSize, label.id).toBeGreaterThanOrEqual(18);
    expect(FONT.marker).toBeGreaterThanOrEqual(18);
  });
});

describe('moving between zones with the keyboard', () => {
  const order: ZoneId[] = ['eco-island', 'resort', 'new-city'];
  it('goes east with → and ↓, west with ← and ↑, wrapping at the ends', () => {
    expect(moveInOrder(order, 'eco-island', 'ArrowRight')).toBe('resort');
    expect(moveInOrder(order, 'resort', 'ArrowDown')).toBe('new-city');
    expect(moveInOrder(order, 'new-city', 'ArrowRight')).toBe('eco-island');
    expect(moveInOrder(order, 'eco-island', 'ArrowLeft')).toBe('new-city');
    expect(moveInOrder(order, 'new-city', 'ArrowUp')).toBe('resort');
  });

  it('jumps to the ends with Home and End, and ignores other keys', () => {
    expect(moveInOrder(order, 'resort', 'Home')).toBe('eco-island');
    expect(moveInOrder(order, 'resort', 'End')).toBe('new-city');
    expect(moveInOrder(order, 'resort', 'a')).toBeNull();
    expect(moveInOrder(order, 'resort', 'Enter')).toBeNull();
    expect(moveInOrder([], 'resort', 'ArrowRight')).toBeNull();
  });
});
