/**
 * Fills that tell a printed actual, a target and a derived value apart by
 * pattern and outline as well as by colour (Okabe–Ito hues), for colour-blind
 * readers and for black-and-white print.
 */
export type BarKind = 'actual' | 'target' | 'derived';

export interface PatternIds {
  target: string;
  derived: string;
}

/** Pattern ids must be unique per document, not just per chart: several charts share a page. */
export function patternIds(base: string): PatternIds {
  const safe = base.replace(/[^a-zA-Z0-9_-]/g, '');
  return { target: `pattern-target-${safe}`, derived: `pattern-derived-${safe}` };
}

export function BarPatternDefs({ ids }: { ids: PatternIds }) {
  return (
    <defs>
      <pattern id={ids.target} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="var(--series-target)" />
        <rect width="3" height="8" fill="rgba(255,255,255,0.55)" />
      </pattern>
      <pattern id={ids.derived} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill="var(--series-derived-bg)" />
        <circle cx="4" cy="4" r="1.6" fill="var(--series-derived)" />
      </pattern>
    </defs>
  );
}

export function barPaint(kind: BarKind, ids: PatternIds): { fill: string; stroke: string; strokeDasharray?: string } {
  if (kind === 'target') return { fill: `url(#${ids.target})`, stroke: 'var(--series-target-line)' };
  if (kind === 'derived') return { fill: `url(#${ids.derived})`, stroke: 'var(--series-derived-line)', strokeDasharray: '4 3' };
  return { fill: 'var(--series-actual)', stroke: 'var(--series-actual)' };
}

/** Pattern definitions for swatches outside a chart's own SVG. */
export function BarPatternSvg({ ids }: { ids: PatternIds }) {
  return (
    <svg width="0" height="0" aria-hidden="true" className="pattern-defs">
      <BarPatternDefs ids={ids} />
    </svg>
  );
}

/** A legend swatch drawn with the same paint as the bars. */
export function Swatch({ kind, ids }: { kind: BarKind; ids: PatternIds }) {
  const paint = barPaint(kind, ids);
  return (
    <svg width="28" height="16" aria-hidden="true" className="swatch">
      <rect x="1" y="1" width="26" height="14" {...paint} strokeWidth="2" />
    </svg>
  );
}
