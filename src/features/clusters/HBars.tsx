import { Fragment, useId } from 'react';
import type { Basis } from '../../shared/dataset/schema';
import { barPaint, BarPatternSvg, patternIds, type BarKind } from '../../shared/components/chart/BarPatterns';
import type { HBarSizes } from '../../shared/components/chart/HBarChart';
import { barPercent } from './barLength';

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

interface Props {
  rows: readonly HBarRow[];
  /** The largest value of every chart that should share a scale. */
  max: number;
  title: string;
  scale?: HBarsScale;
}

/**
 * Horizontal bars, one per row: small multiples that share `max`, so lengths compare across charts.
 * A grid of an axis column and a plot column; each bar an SVG row whose lengths are percentages
 * of the plot, so nothing is measured: the prerendered page is the page, at any width, and in print.
 * One focusable bar a row with its value printed beside it: no hover needed, nothing hidden in a tooltip.
 */
export function HBars({ rows, max, title, scale = DEFAULT_SCALE }: Props) {
  const ids = patternIds(useId());
  const { rowHeight, barSize, axisWidth, labelRoom } = scale;
  // The bar centred in its row, on a whole pixel (as the targets view's charts place theirs).
  const top = Math.round((rowHeight - barSize) / 2);
  return (
    <div
      className="hbars hbars-grid"
      role="group"
      aria-label={title}
      style={{ gridTemplateColumns: `${axisWidth}px minmax(0, 1fr)`, gridAutoRows: rowHeight }}
    >
      <BarPatternSvg ids={ids} />
      {rows.map((row) => {
        const length = `${barPercent(row.value, max, labelRoom)}%`;
        return (
          <Fragment key={row.key}>
            <span className="hbars-tick">{row.axisLabel}</span>
            <svg className="hbars-row" width="100%" height={rowHeight}>
              <g className={`bar bar-${row.kind}`} tabIndex={0} role="img" aria-label={row.ariaLabel} data-bar={row.key}>
                {row.value > 0 && <rect y={top} width={length} height={barSize} {...barPaint(row.kind, ids)} strokeWidth={2} />}
                <rect
                  className="bar-focus"
                  x={-4}
                  y={top - 4}
                  // A percentage and pixels: the CSS width of an SVG rect takes calc(), its attribute does not.
                  style={{ width: `calc(${length} + 8px)` }}
                  height={barSize + 8}
                  fill="none"
                  rx={4}
                />
                <text className="bar-label" x={length} dx={8} y={top + barSize / 2} dominantBaseline="central">
                  {row.label}
                </text>
              </g>
            </svg>
          </Fragment>
        );
      })}
    </div>
  );
}
