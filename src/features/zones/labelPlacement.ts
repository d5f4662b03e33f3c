import type { Point } from './projection';

/**
 * Map labels placed without a DOM: text widths are estimated from character
 * classes (on the wide side, so a label measured in a browser is never larger
 * than its box), and each label takes the first of its designed positions that
 * collides with nothing placed before it.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export function boxContains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

export function boxOfPoints(points: readonly Point[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function boxAround(center: Point, radius: number): Box {
  return { x: center.x - radius, y: center.y - radius, width: radius * 2, height: radius * 2 };
}

export function centerOf(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d]/;

/**
 * Advance widths in em, close to DejaVu Sans (the widest of the usual system
 * sans faces); CJK ideographs and full-width punctuation are one em.
 */
function charEm(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (ch === ' ') return 0.33;
  if (/[il.,:;'|!]/.test(ch)) return 0.3;
  if (/[fjrt()[\]-]/.test(ch)) return 0.42;
  if (/[mwMW]/.test(ch)) return 0.98;
  if (/[A-Z]/.test(ch)) return 0.74;
  if (/[0-9]/.test(ch)) return 0.64;
  return 0.62;
}

export type Weight = 'normal' | 'bold';

export function estimateTextWidth(text: string, fontSize: number, weight: Weight = 'normal'): number {
  // Bold widens Latin letters; an ideograph stays one em whatever its weight.
  const em = [...text].reduce((sum, ch) => sum + charEm(ch) * (weight === 'bold' && !CJK.test(ch) ? 1.1 : 1), 0);
  return em * fontSize;
}

/**
 * Breaks a label at spaces into as few lines as fit `maxEm` (a single word
 * wider than that keeps its own line), then evens the lines out: "Taihu /
 * New City", not "Taihu New / City". Chinese labels have no spaces and stay
 * on one line: they are short.
 */
export function wrapLabel(text: string, maxEm: number): string[] {
  const words = text.trim().split(/\s+/);
  const width = (line: string) => estimateTextWidth(line, 1);
  // A line may be as wide as the widest word: that word sets the label's width anyway.
  const limit = Math.max(maxEm, ...words.map(width));
  const greedy: string[] = [];
  for (const word of words) {
    const last = greedy[greedy.length - 1];
    if (last !== undefined && width(`${last} ${word}`) <= limit) greedy[greedy.length - 1] = `${last} ${word}`;
    else greedy.push(word);
  }
  return balance(words, greedy.length, width) ?? greedy;
}

/** The split of `words` into `count` lines whose widest line is narrowest (labels have a handful of words). */
function balance(words: readonly string[], count: number, width: (line: string) => number): string[] | null {
  if (count <= 1 || words.length > 8) return null;
  let best: { lines: string[]; widest: number } | null = null;
  const split = (from: number, left: number, lines: string[]) => {
    if (left === 1) {
      const all = [...lines, words.slice(from).join(' ')];
      const widest = Math.max(...all.map(width));
      if (!best || widest < best.widest) best = { lines: all, widest };
      return;
    }
    for (let end = from + 1; end <= words.length - left + 1; end++) split(end, left - 1, [...lines, words.slice(from, end).join(' ')]);
  };
  split(0, count, []);
  return (best as { lines: string[] } | null)?.lines ?? null;
}

/** Where a label sits against what it names: a compass side, or centred on it. */
export type Side = 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw' | 'c';

/** A designed position: against one side of the named thing, or off it by an offset (with a leader line). */
export type Candidate =
  | {
      side: Side;
      /** Distance from the named thing, in user units. */
      gap: number;
    }
  | {
      /** The label's centre, relative to the named thing's centre. */
      dx: number;
      dy: number;
    };

export interface LabelRequest {
  id: string;
  lines: readonly string[];
  fontSize: number;
  weight: Weight;
  /** The box of what the label names: a shape's bounds or a marker. */
  anchor: Box;
  /** Designed positions, best first; the automatic ring (FALLBACKS) is tried after them. */
  candidates: readonly Candidate[];
  /** Room kept at the label's left for a mark drawn only sometimes (the selection tick), so it never covers a neighbour. */
  reserve?: number;
  /** How far the automatic ring may stand a label off; a label that must stay close fails sooner and is placed earlier. */
  maxFallbackGap?: number;
  /** What this label keeps off besides the other labels (shapes, markers, dots). */
  avoid: readonly Obstacle[];
  /** A box the label's centre must stay in (an island's name on its island). */
  centreWithin?: Box;
  /** Outlines the label must touch or overlap, unless it stands off on a leader: a zone's name stays on its own area. */
  touch?: readonly (readonly Point[])[];
  /** A label that may be left off when it finds no clear spot (a town or a neighbour), rather than push the others about. */
  optional?: boolean;
  /** Names an area it sits in wherever it goes (a neighbouring district): never on a leader. */
  noLeader?: boolean;
}

export interface Obstacle {
  /** The label of the same owner may touch it. */
  owner: string;
  box: Box;
  /** The outline inside the box, when it is a shape: labels may use the box's empty corners. */
  polygon?: readonly Point[];
}

export interface PlacedLabel {
  id: string;
  lines: readonly string[];
  fontSize: number;
  weight: Weight;
  box: Box;
  /** Room at the box's left that the text does not use (see LabelRequest.reserve). */
  reserve: number;
  side: Side | 'offset';
  /** From the named thing to the label, when the label stands off from it. */
  leader: readonly [Point, Point] | null;
}

export const LINE_HEIGHT = 1.2;
/** Room kept between two labels, and between a label and a shape it does not name. */
export const LABEL_PADDING = 3;
const LEADER_MIN_GAP = 10;

export function labelSize(lines: readonly string[], fontSize: number, weight: Weight, reserve = 0): { width: number; height: number } {
  return {
    width: reserve + Math.max(...lines.map((line) => estimateTextWidth(line, fontSize, weight))),
    height: lines.length * fontSize * LINE_HEIGHT,
  };
}

export function boxAt(anchor: Box, size: { width: number; height: number }, candidate: Candidate): Box {
  const c = centerOf(anchor);
  const { width, height } = size;
  if (!('side' in candidate)) return { x: c.x + candidate.dx - width / 2, y: c.y + candidate.dy - height / 2, width, height };
  const { side, gap } = candidate;
  // Diagonal sides stand off by the gap along both axes, measured from the anchor's corner.
  const left = anchor.x - gap - width;
  const right = anchor.x + anchor.width + gap;
  const above = anchor.y - gap - height;
  const below = anchor.y + anchor.height + gap;
  switch (side) {
    case 'n':
      return { x: c.x - width / 2, y: above, width, height };
    case 's':
      return { x: c.x - width / 2, y: below, width, height };
    case 'e':
      return { x: right, y: c.y - height / 2, width, height };
    case 'w':
      return { x: left, y: c.y - height / 2, width, height };
    case 'ne':
      return { x: right, y: above, width, height };
    case 'nw':
      return { x: left, y: above, width, height };
    case 'se':
      return { x: right, y: below, width, height };
    case 'sw':
      return { x: left, y: below, width, height };
    case 'c':
      return { x: c.x - width / 2, y: c.y - height / 2 + gap, width, height };
  }
}

/** The point of `box` nearest to `p`. */
function nearestOn(box: Box, p: Point): Point {
  return { x: Math.min(Math.max(p.x, box.x), box.x + box.width), y: Math.min(Math.max(p.y, box.y), box.y + box.height) };
}

function leaderFor(anchor: Box, box: Box, candidate: Candidate): PlacedLabel['leader'] {
  if ('side' in candidate && candidate.side === 'c') return null;
  // A label that touches (or nearly touches) what it names needs no line.
  if (boxesOverlap(anchor, box, LEADER_MIN_GAP)) return null;
  const to = nearestOn(box, centerOf(anchor));
  const from = nearestOn(anchor, to);
  return [from, to];
}

function pointInPolygon(p: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i];
    const b = polygon[j];
    if (!a || !b) continue;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

function segmentsCross(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Whether a box and a polygon share any area: a vertex inside the other, or crossing edges. */
export function boxHitsPolygon(box: Box, polygon: readonly Point[]): boolean {
  const corners: Point[] = [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x + box.width, y: box.y + box.height },
    { x: box.x, y: box.y + box.height },
  ];
  if (polygon.some((p) => p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height)) return true;
  if (corners.some((c) => pointInPolygon(c, polygon))) return true;
  return polygon.some((a, i) => {
    const b = polygon[(i + 1) % polygon.length];
    return b !== undefined && corners.some((c, k) => segmentsCross(a, b, c, corners[(k + 1) % 4] ?? c));
  });
}

/** Every side at growing distances: tried after a label's designed positions, nearest first. */
export const FALLBACKS: readonly Candidate[] = [4, 14, 26, 40, 56, 76, 100].flatMap((gap) =>
  (['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw'] as const).map((side) => ({ side, gap })),
);

/** A shape counts as a full box's worth of overlap: it has no partial area to weigh. */
const SHAPE_COST = 1000;

function costOf(box: Box, blockers: readonly Obstacle[], bounds: Box, request?: Pick<LabelRequest, 'centreWithin' | 'touch'>): number {
  const padded = grow(box, LABEL_PADDING);
  const centre = centerOf(box);
  const within = request?.centreWithin;
  const touch = request?.touch;
  const astray =
    (within && !boxContains(within, { ...centre, width: 0, height: 0 })) || (touch && !touch.some((ring) => boxHitsPolygon(grow(box, 1), ring))) ? 1e6 : 0;
  const overlap = blockers.reduce(
    (sum, other) =>
      sum + (other.polygon ? (boxHitsPolygon(padded, other.polygon) ? SHAPE_COST : 0) : overlapArea(box, grow(other.box, LABEL_PADDING))),
    0,
  );
  return overlap + astray + (boxContains(bounds, box) ? 0 : 1e6);
}

interface Option {
  candidate: Candidate;
  box: Box;
  leader: PlacedLabel['leader'];
  /** Collisions with the fixed things this label must avoid (0: clear); labels are checked as they are placed. */
  cost: number;
}

function optionsFor(request: LabelRequest, bounds: Box): Option[] {
  const size = labelSize(request.lines, request.fontSize, request.weight, request.reserve);
  const fixed = request.avoid.filter((o) => o.owner !== request.id);
  const fallbacks = FALLBACKS.filter((c) => 'side' in c && c.gap <= (request.maxFallbackGap ?? Infinity));
  return [...request.candidates, ...fallbacks].map((candidate) => {
    const box = boxAt(request.anchor, size, candidate);
    const leader = request.noLeader ? null : leaderFor(request.anchor, box, candidate);
    // A designed position on a leader line is the exception to touching: the line does the touching.
    const cost = costOf(box, fixed, bounds, leader ? { ...request, touch: undefined } : request);
    return { candidate, box, leader, cost };
  });
}

function toPlaced(request: LabelRequest, option: Option): PlacedLabel {
  return {
    id: request.id,
    lines: request.lines,
    fontSize: request.fontSize,
    weight: request.weight,
    box: option.box,
    reserve: request.reserve ?? 0,
    side: 'side' in option.candidate ? option.candidate.side : 'offset',
    leader: option.leader,
  };
}

export function segmentHitsBox(segment: readonly [Point, Point], box: Box): boolean {
  const [a, b] = segment;
  const inside = (p: Point) => p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
  if (inside(a) || inside(b)) return true;
  const corners: Point[] = [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x + box.width, y: box.y + box.height },
    { x: box.x, y: box.y + box.height },
  ];
  return corners.some((c, k) => segmentsCross(a, b, c, corners[(k + 1) % 4] ?? c));
}

/** Two placed labels clash when their boxes come too close or either one's leader runs through the other. */
function clash(a: Option, b: Option): boolean {
  return (
    boxesOverlap(a.box, b.box, LABEL_PADDING) ||
    (a.leader !== null && segmentHitsBox(a.leader, b.box)) ||
    (b.leader !== null && segmentHitsBox(b.leader, a.box))
  );
}

/** Each label in turn takes its least-colliding position: used only when the search below gives up. */
function placeGreedily(requests: readonly LabelRequest[], options: readonly Option[][]): PlacedLabel[] {
  const placed: Box[] = [];
  return requests.flatMap((request, i) => {
    let best: { option: Option; cost: number } | null = null;
    for (const option of options[i] ?? []) {
      const cost = option.cost + placed.reduce((sum, box) => sum + overlapArea(option.box, grow(box, LABEL_PADDING)), 0);
      if (!best || cost < best.cost) best = { option, cost };
      if (cost === 0) break;
    }
    if (!best) return [];
    placed.push(best.option.box);
    return [toPlaced(request, best.option)];
  });
}

/**
 * Places labels in the order given (most important and most crowded first).
 * A depth-first search over each label's positions, best first, backing up
 * when a label finds no spot clear of everything placed before it: the first
 * layout found is the one that honours the earlier labels' preferences most.
 * An optional label that finds no clear spot is left off. Deterministic; if the search runs past `maxSteps`, each label simply takes
 * its least-colliding spot, so a map always renders (the unit tests keep the
 * real one clean).
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box, maxSteps = 200_000): PlacedLabel[] {
  const options = requests.map((request) => optionsFor(request, bounds));
  const clear = options.map((list) => list.filter((option) => option.cost === 0));
  const chosen: (Option | null)[] = [];
  let steps = 0;
  const search = (i: number): boolean => {
    if (i === requests.length) return true;
    const taken = chosen.filter((other): other is Option => other !== null);
    for (const option of clear[i] ?? []) {
      if (++steps > maxSteps) return false;
      if (taken.some((other) => clash(option, other))) continue;
      chosen.push(option);
      if (search(i + 1)) return true;
      chosen.pop();
    }
    // An optional label gives way instead of sending the search back.
    if (requests[i]?.optional) {
      chosen.push(null);
      if (search(i + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  if (search(0)) return requests.flatMap((request, i) => (chosen[i] ? [toPlaced(request, chosen[i])] : []));
  return placeGreedily(requests, options);
}

export function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + by * 2, height: box.height + by * 2 };
}
