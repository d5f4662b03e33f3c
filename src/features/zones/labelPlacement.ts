import type { Point } from './projection';
import { boxContains, boxHitsPolygon, boxesOverlap, centerOf, grow, nearestOn, overlapArea, segmentHitsBox, type Box } from './geometry';
import { estimateTextWidth, type Weight } from './textMetrics';

/**
 * The search for map label positions: each label has designed positions (and fallbacks at growing
 * distances); the search picks one per label so that no two clash and no label covers a shape it does
 * not name. Sizes come from textMetrics.ts, boxes and polygons from geometry.ts.
 */

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

function leaderFor(anchor: Box, box: Box, candidate: Candidate): PlacedLabel['leader'] {
  if ('side' in candidate && candidate.side === 'c') return null;
  // A label that touches (or nearly touches) what it names needs no line.
  if (boxesOverlap(anchor, box, LEADER_MIN_GAP)) return null;
  const to = nearestOn(box, centerOf(anchor));
  const from = nearestOn(anchor, to);
  return [from, to];
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
    (within && !boxContains(within, { ...centre, width: 0, height: 0 })) ||
    (touch && !touch.some((ring) => boxHitsPolygon(grow(box, 1), ring)))
      ? 1e6
      : 0;
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
