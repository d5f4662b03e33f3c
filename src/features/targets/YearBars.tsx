import { useEffect, useRef, useState } from 'react';
import type { BarShapeProps } from 'recharts';
import { barPaint, type PatternIds } from '../../shared/components/chart/BarPatterns';
import { HBarChart, type HBarSizes } from '../../shared/components/chart/HBarChart';
import { hrefFor } from '../../shared/lib/appUrl';
import { handleInternalLink, useAppUrl } from '../../shared/lib/urlState';
import type { Lang } from '../../shared/i18n/lang';
import { axisEnd, type YearBarRow } from './yearBars';

const SIZES: HBarSizes = { rowHeight: 40, barSize: 22, axisWidth: 112 };
/** The plot's width before the chart has been measured (a desk's half-width column). */
const FALLBACK_PLOT = 420;

/** The chart's width, measured: the room for labels depends on it (a phone has half a desk's). */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * One bar with its value printed beside it. A figure of the 2024 report links to its own page
 * (`?fig=`); a figure of another document has no page, so its bar is focusable for its name alone.
 */
function YearBar(props: BarShapeProps & { ids: PatternIds; lang: Lang }) {
  const { x, y, width, height, payload, ids, lang } = props;
  const url = useAppUrl();
  const row = payload as YearBarRow;
  const paint = barPaint(row.kind, ids);
  const w = Number(width) || 0;
  const left = Math.min(Number(x), Number(x) + w);
  const size = Math.abs(w);
  const body = (
    <>
      {size > 0 && <rect className="year-bar-rect" x={left} y={y} width={size} height={height} {...paint} strokeWidth={2} />}
      <rect className="bar-focus" x={left - 4} y={Number(y) - 4} width={size + 8} height={Number(height) + 8} fill="none" rx={4} />
      <text className="bar-label" x={left + size + 8} y={Number(y) + Number(height) / 2} dominantBaseline="central">
        <tspan className="bar-value" x={left + size + 8} dy={row.mark ? '-0.4em' : 0}>
          {row.label}
        </tspan>
        {/* Preliminary figures say so under their value, so a long value keeps its line. The space
            between them (drawn at the value's end, where it shows nothing) keeps the two words apart
            in the text read off the bar, which the name begins with. */}
        {row.mark && ' '}
        {row.mark && (
          <tspan className="bar-mark" x={left + size + 8} dy="1.3em">
            {row.mark}
          </tspan>
        )}
      </text>
    </>
  );
  const className = `bar bar-${row.kind}${row.provisional ? ' bar-provisional' : ''}`;
  if (row.hasFigurePage) {
    return (
      <a
        className={className}
        href={hrefFor(url, lang, { view: 'figure', fig: row.valueId })}
        onClick={handleInternalLink}
        aria-label={row.ariaLabel}
        data-bar={row.key}
      >
        {body}
      </a>
    );
  }
  return (
    <g className={className} tabIndex={0} role="img" aria-label={row.ariaLabel} data-bar={row.key}>
      {body}
    </g>
  );
}

/** The year and kind on the axis; the document under it where one year has two figures of one kind. */
function YearTick(props: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: string; index?: number };
  rows: readonly YearBarRow[];
}) {
  const { x, y, payload, rows } = props;
  const row = rows[payload?.index ?? -1];
  if (!row) return null;
  return (
    <text className="hbars-tick year-tick" x={Number(x) - 6} y={Number(y)} textAnchor="end" dominantBaseline="central">
      <tspan x={Number(x) - 6} dy={row.docLabel ? '-0.55em' : 0}>
        {row.axisLabel}
      </tspan>
      {row.docLabel && (
        <tspan className="year-tick-doc" x={Number(x) - 6} dy="1.15em">
          {row.docLabel}
        </tspan>
      )}
    </text>
  );
}

interface Props {
  rows: readonly YearBarRow[];
  /** Every row drawn at this scale, in this chart and the others that share it: the room for labels is the widest's. */
  scaleRows: readonly { value: number; label: string; mark?: string | null }[];
  min: number;
  max: number;
  title: string;
  lang: Lang;
}

/** Horizontal bars, one a figure, at a scale the caller shares between charts that compare. */
export function YearBars({ rows, scaleRows, min, max, title, lang }: Props) {
  const [ref, width] = useWidth();
  const plot = width > 0 ? width - SIZES.axisWidth - 8 : FALLBACK_PLOT;
  // The charts that share a scale stand in one grid at one width, so they compute the same end.
  const end = axisEnd(scaleRows, max, plot);
  return (
    <div ref={ref} className="year-bars-box">
      <HBarChart
        className="hbars year-bars"
        rows={rows}
        categoryKey="key"
        title={title}
        sizes={SIZES}
        domain={[min < 0 ? (min * end) / max : 0, end]}
        tick={(tick: object) => <YearTick {...tick} rows={rows} />}
        bar={(props, ids) => <YearBar {...props} ids={ids} lang={lang} />}
      />
    </div>
  );
}
