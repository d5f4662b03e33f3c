import type { BarShapeProps } from 'recharts';
import type { Basis } from '../../shared/dataset/schema';
import { barPaint, type BarKind, type PatternIds } from '../../shared/components/chart/BarPatterns';
import { HBarChart, type HBarSizes } from '../../shared/components/chart/HBarChart';

export interface HBarRow {
  key: string;
  /** Short row label on the axis: 2023, 2024 目标 … */
  axisLabel: string;
  /** Drawn length; 0 with a label for a value the report does not give. */
  value: number;
  kind: BarKind;
  /** Printed beside the bar, qualifier included. */
  label: string;
  /** Full sentence for screen readers and keyboard users. */
  ariaLabel: string;
  /** What a level is measured on (规上产值, 产业规模), where the indicator's basis changes: the chart breaks between two bases. */
  basis?: Basis | null;
}

/** Pixel sizes of a chart; presenter mode passes larger ones that follow the screen. */
export interface HBarsScale extends HBarSizes {
  /** How much longer the axis runs than the longest bar, leaving room for its printed value. */
  labelRoom: number;
}

export const DEFAULT_SCALE: HBarsScale = { rowHeight: 46, barSize: 30, axisWidth: 96, labelRoom: 1.55 };

/** One focusable bar with its value printed beside it: no hover needed, nothing hidden in a tooltip. */
function FocusableBar(props: BarShapeProps & { ids: PatternIds }) {
  const { x, y, width, height, payload, ids } = props;
  const row = payload as HBarRow;
  const paint = barPaint(row.kind, ids);
  const w = Math.max(0, Number(width) || 0);
  return (
    <g className={`bar bar-${row.kind}`} tabIndex={0} role="img" aria-label={row.ariaLabel} data-bar={row.key}>
      {w > 0 && <rect x={x} y={y} width={w} height={height} {...paint} strokeWidth={2} />}
      <rect className="bar-focus" x={Number(x) - 4} y={Number(y) - 4} width={w + 8} height={Number(height) + 8} fill="none" rx={4} />
      <text className="bar-label" x={Number(x) + w + 8} y={Number(y) + Number(height) / 2} dominantBaseline="central">
        {row.label}
      </text>
    </g>
  );
}

interface Props {
  rows: readonly HBarRow[];
  /** The largest value of every chart that should share a scale. */
  max: number;
  title: string;
  scale?: HBarsScale;
}

/** Horizontal bars, one per row: small multiples that share `max`, so lengths compare across charts. */
export function HBars({ rows, max, title, scale = DEFAULT_SCALE }: Props) {
  return (
    <HBarChart
      className="hbars"
      rows={rows}
      categoryKey="axisLabel"
      title={title}
      sizes={scale}
      // Room to the right of the longest bar for its printed value.
      domain={[0, max * scale.labelRoom]}
      tick={{ className: 'hbars-tick' }}
      bar={(props, ids) => <FocusableBar {...props} ids={ids} />}
    />
  );
}
