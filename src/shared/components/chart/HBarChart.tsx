import { useId, type ReactElement } from 'react';
import { Bar, BarChart, XAxis, YAxis, type BarShapeProps, type YAxisProps } from 'recharts';
import { BarPatternDefs, patternIds, type PatternIds } from './BarPatterns';

/** Pixel sizes of a bar chart. */
export interface HBarSizes {
  rowHeight: number;
  barSize: number;
  axisWidth: number;
}

interface Props<Row> {
  className: string;
  /** One bar a row, top to bottom; each row's `value` is the bar's length. */
  rows: readonly Row[];
  /** The row field the category axis is keyed on. */
  categoryKey: string;
  title: string;
  sizes: HBarSizes;
  /** The value axis, hidden: its end leaves room for the value printed beside the longest bar. */
  domain: [number, number];
  tick: YAxisProps['tick'];
  /** Draws one bar, with the ids of the patterns this chart defines. */
  bar: (props: BarShapeProps, ids: PatternIds) => ReactElement;
}

/** Horizontal bars, one a row, painted with the bar patterns: the frame the dashboard's bar charts share. */
export function HBarChart<Row extends { value: number }>({
  className,
  rows,
  categoryKey,
  title,
  sizes: { rowHeight, barSize, axisWidth },
  domain,
  tick,
  bar,
}: Props<Row>) {
  const ids = patternIds(useId());
  return (
    <BarChart
      className={className}
      layout="vertical"
      data={rows as Row[]}
      responsive
      style={{ width: '100%', height: rows.length * rowHeight + 8 }}
      margin={{ top: 4, right: 8, bottom: 4, left: 0 }}
      accessibilityLayer={false}
      title={title}
    >
      <BarPatternDefs ids={ids} />
      <XAxis type="number" domain={domain} hide />
      <YAxis type="category" dataKey={categoryKey} width={axisWidth} tickLine={false} axisLine={false} interval={0} tick={tick} />
      <Bar dataKey="value" isAnimationActive={false} barSize={barSize} shape={(props: BarShapeProps) => bar(props, ids)} />
    </BarChart>
  );
}
