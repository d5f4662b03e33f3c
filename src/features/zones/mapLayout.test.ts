import { readFileSync } from 'node:fs';
import { geoCentroid, geoContains, geoDistance } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import type { ZoneId } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import zh from '../../shared/i18n/locales/zh.json';
import en from '../../shared/i18n/locales/en.json';
import { boxAround, boxContains, boxHitsPolygon, boxesOverlap, centerOf, grow, segmentHitsBox, type Box } from './geometry';
import {
  FONT,
  GROUND,
  ISLAND_RINGS,
  MAP_HEIGHT,
  MAP_WIDTH,
  MARKER_RADIUS,
  WATER_IDS,
  layoutMap,
  mapButtonName,
  mapLabelText,
  moveInOrder,
  type MapLayout,
} from './mapLayout';
import { DISTRICTS, LAKE_WATER, TAIHU_WATER, ZONE_AREAS } from './groundShapes';
import { FRAME, PRIORITY_POINTS, REFERENCE } from './mapShapes';

const LOCALES = { zh, en } as const;

function layoutFor(lang: Lang): MapLayout {
  const locale = LOCALES[lang];
  return layoutMap({
    lang,
    zones: Object.fromEntries(dataset.zones.map((zone) => [zone.id, zone.shortName[lang]])),
    places: locale.zones.places,
    note: locale.zones.schematic,
    scale: locale.zones.scale.replace('{{km}}', '10'),
    north: locale.zones.north,
  });
}

const frameBox: Box = { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT };
const WATER: MultiPolygon[] = [TAIHU_WATER, ...Object.values(LAKE_WATER)];
const inWater = (point: [number, number]) => WATER.some((water) => geoContains(water, point));
const inWuzhong = (point: [number, number]) => geoContains(DISTRICTS.wuzhong, point);
const KM_PER_RADIAN = 6371;

describe('the ground', () => {
  it('is small: every shape the map draws, generated, under 30 KB before gzip', () => {
    const bytes = readFileSync('src/features/zones/groundShapes.ts').byteLength;
    expect(bytes).toBeLessThan(30 * 1024);
  });

  it('puts the reference places where geography.md has them: towns on Wuzhong’s land, lakes on water', () => {
    for (const place of ['core', 'mudu', 'guangfu', 'dongshan', 'luzhi', 'guoxiang', 'jinting'] as const) {
      const at: [number, number] = [...REFERENCE[place]];
      expect(inWuzhong(at), place).toBe(true);
      expect(inWater(at), place).toBe(false);
    }
    expect(geoContains(LAKE_WATER.dushuLake, [...REFERENCE.dushuWater])).toBe(true);
    expect(geoContains(LAKE_WATER.chengLake, [...REFERENCE.chengWater])).toBe(true);
    // Lake Tai: west of Guangfu, and all round Jinting island, which is not water.
    expect(geoContains(TAIHU_WATER, [120.3, 31.28])).toBe(true);
    expect(geoContains(TAIHU_WATER, [120.22, 31.05])).toBe(true);
    expect(geoContains(TAIHU_WATER, [...REFERENCE.jinting])).toBe(false);
  });

  it('draws Wuzhong and its neighbours as outlines, and the water over them', () => {
    expect(GROUND.district).toMatch(/^M/);
    expect(GROUND.neighbours).toHaveLength(4);
    expect(GROUND.water.map((w) => w.id)).toEqual([...WATER_IDS]);
    for (const w of GROUND.water) expect(w.path, w.id).toMatch(/^M[\d.-]+,[\d.-]+/);
  });
});

describe('the zones on the map', () => {
  it('draws every zone of the dataset: the four platforms as areas, the four priorities with a marker', () => {
    expect(Object.keys(ZONE_AREAS).sort()).toEqual(['etdz', 'hitech', 'new-city', 'resort']);
    expect(Object.keys(PRIORITY_POINTS).sort()).toEqual(['dushu-lake', 'eco-island', 'new-city', 'tcm-university']);
    expect(
      layoutFor('zh')
        .zones.map((z) => z.id)
        .sort(),
    ).toEqual(dataset.zones.map((z) => z.id).sort());
  });

  it('keeps each platform on Wuzhong’s land, within 3 km of the place geography.md gives for it', () => {
    const reference: Record<keyof typeof ZONE_AREAS, readonly [number, number]> = {
      etdz: REFERENCE.etdz,
      hitech: REFERENCE.hitech,
      resort: REFERENCE.resort,
      'new-city': REFERENCE.newCity,
    };
    for (const [id, area] of Object.entries(ZONE_AREAS) as [keyof typeof ZONE_AREAS, MultiPolygon][]) {
      const centre = geoCentroid(area);
      expect(inWuzhong(centre), id).toBe(true);
      expect(inWater(centre), id).toBe(false);
      const near = area.coordinates.flat(2).some((p) => geoDistance([p[0] ?? 0, p[1] ?? 0], [...reference[id]]) * KM_PER_RADIAN < 3);
      expect(geoContains(area, [...reference[id]]) || near, id).toBe(true);
    }
  });

  it('puts each priority’s marker on Wuzhong’s land', () => {
    for (const [id, at] of Object.entries(PRIORITY_POINTS)) {
      expect(inWuzhong([...at]), id).toBe(true);
      expect(inWater([...at]), id).toBe(false);
    }
  });

  it('lets no two platforms overlap', () => {
    for (const [a, areaA] of Object.entries(ZONE_AREAS)) {
      for (const [b, areaB] of Object.entries(ZONE_AREAS)) {
        if (a !== b) expect(geoContains(areaB, geoCentroid(areaA)), `${a} in ${b}`).toBe(false);
      }
    }
  });

  it('keeps every zone inside the map', () => {
    for (const zone of layoutFor('zh').zones) expect(boxContains(frameBox, zone.box), zone.id).toBe(true);
    for (const at of Object.values(PRIORITY_POINTS)) {
      expect(at[0] > FRAME.west && at[0] < FRAME.east && at[1] > FRAME.south && at[1] < FRAME.north).toBe(true);
    }
  });
});

describe('map names', () => {
  it('drop the district’s own name, and shorten "Demonstration Zone" as the legend says', () => {
    expect(mapLabelText('Wuzhong ETDZ')).toBe('ETDZ');
    expect(mapLabelText('吴中太湖新城')).toBe('太湖新城');
    expect(mapLabelText('Dushu Lake Demonstration Zone')).toBe('Dushu Lake Demo Zone');
    expect(en.zones.legendAbbreviations).toContain('Demo Zone');
    expect(en.zones.legendAbbreviations).toContain('ETDZ, Economic and Technological Development Zone');
  });

  it('name each button with the words drawn for it, the full name after an abbreviation', () => {
    expect(mapButtonName('Wuzhong ETDZ')).toBe('Wuzhong ETDZ');
    expect(mapButtonName('吴中太湖新城')).toBe('吴中太湖新城');
    expect(mapButtonName('Dushu Lake Demonstration Zone')).toBe('Dushu Lake Demo Zone (Dushu Lake Demonstration Zone)');
    for (const zone of dataset.zones)
      for (const lang of ['zh', 'en'] as const) {
        expect(mapButtonName(zone.shortName[lang])).toContain(mapLabelText(zone.shortName[lang]));
      }
  });
});

/** Zones whose name stands off on a leader because the land beside them is narrower than the name. */
const ON_LEADER: readonly ZoneId[] = ['tcm-university', 'dushu-lake', 'hitech'];

describe.each(['zh', 'en'] as const)('the labels in %s', (lang) => {
  const layout = layoutFor(lang);
  const labels = [...layout.zones.map((z) => z.label), ...layout.places, ...(layout.note ? [layout.note] : [])];
  const named = GROUND.water.filter((w) => w.id === 'taihu' || layout.places.some((p) => p.id === w.id));

  it('label every zone, Lake Tai and Cheng Lake, and say the map is a schematic', () => {
    expect(layout.zones.map((z) => z.label.id).sort()).toEqual(dataset.zones.map((z) => z.id).sort());
    expect(layout.places.map((p) => p.id)).toEqual(expect.arrayContaining(['taihu', 'chengLake']));
    expect(layout.note?.lines.join(' ')).toBe(LOCALES[lang].zones.schematic);
    expect(layout.scaleLabel).not.toBeNull();
    expect(layout.northLabel).not.toBeNull();
  });

  it('put each zone’s name on or against its own area (or, where there is no room, on a short leader to it)', () => {
    const astray: string[] = [];
    for (const zone of layout.zones) {
      const box = grow(zone.label.box, 1);
      const own =
        zone.id === 'eco-island'
          ? ISLAND_RINGS.some((ring) => boxHitsPolygon(box, ring))
          : zone.polygons.some((ring) => boxHitsPolygon(box, ring)) ||
            (zone.marker !== null && boxesOverlap(box, boxAround(zone.marker, MARKER_RADIUS)));
      if (own) continue;
      const leader = zone.label.leader;
      const fromOwn =
        leader !== null &&
        boxesOverlap(boxAround(leader[0], 1), zone.marker ? boxAround(zone.marker, MARKER_RADIUS + 1) : grow(zone.box, 1));
      if (!(ON_LEADER.includes(zone.id) && fromOwn)) astray.push(zone.id);
    }
    expect(astray).toEqual([]);
  });

  it('put no zone’s name on a named water, and the island’s name on its island', () => {
    const wet: string[] = [];
    for (const zone of layout.zones) {
      for (const water of named) {
        // Jinting island lies in Lake Tai: its name may reach over the shore, but its middle stays on the island.
        if (zone.id === 'eco-island' && water.id === 'taihu') continue;
        if (water.polygons.some((ring) => boxHitsPolygon(zone.label.box, ring))) wet.push(`${zone.id} on ${water.id}`);
      }
    }
    expect(wet).toEqual([]);
    const island = layout.zones.find((z) => z.id === 'eco-island');
    const centre = island && centerOf(island.label.box);
    expect(centre && ISLAND_RINGS.some((ring) => boxContains({ ...boxAroundRing(ring) }, { ...centre, width: 0, height: 0 }))).toBe(true);
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

  it('stay inside the map, clear of the north arrow and the scale bar', () => {
    for (const label of labels) {
      expect(boxContains(frameBox, label.box), label.id).toBe(true);
      expect(boxesOverlap(label.box, layout.furniture.north), label.id).toBe(false);
      expect(boxesOverlap(label.box, layout.furniture.scale.box), label.id).toBe(false);
    }
  });

  it('keep a zone label off every other zone and marker', () => {
    const clashes: string[] = [];
    for (const zone of layout.zones) {
      for (const other of layout.zones) {
        const hitsMarker = other.marker !== null && boxesOverlap(zone.label.box, boxAround(other.marker, MARKER_RADIUS));
        // A platform's name never hides its own "1"; a lone marker's name stands against it.
        if (other.id === zone.id) {
          if (zone.path && hitsMarker) clashes.push(`${zone.id} label on its own marker`);
          continue;
        }
        const hit = other.polygons.some((ring) => boxHitsPolygon(zone.label.box, ring));
        if (hit || hitsMarker) clashes.push(`${zone.id} label on ${other.id}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keep place names off the zones they do not lie in, and show no town under a zone’s name', () => {
    const clashes: string[] = [];
    for (const place of layout.places) {
      for (const zone of layout.zones) {
        if ((place.id === 'core' && zone.id === 'hitech') || (place.id === 'guangfu' && zone.id === 'resort')) continue;
        if (zone.polygons.some((ring) => boxHitsPolygon(place.box, ring))) clashes.push(`${place.id} on ${zone.id}`);
      }
    }
    for (const town of layout.towns) {
      for (const zone of layout.zones) if (boxesOverlap(zone.label.box, boxAround(town.at, 4))) clashes.push(`${town.id} under ${zone.id}`);
    }
    expect(clashes).toEqual([]);
  });

  it('are at least 18 units tall, so 18 CSS px wherever the map is drawn at least at its own size', () => {
    for (const label of labels) expect(label.fontSize, label.id).toBeGreaterThanOrEqual(18);
    expect(FONT.marker).toBeGreaterThanOrEqual(18);
  });
});

function boxAroundRing(ring: readonly { x: number; y: number }[]): Box {
  const xs = ring.map((p) => p.x);
  const ys = ring.map((p) => p.y);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

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
