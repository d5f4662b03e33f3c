import type { Dataset } from '../../shared/dataset/schema';
import type { Paragraph } from '../../shared/report/reportStructure';
import { locateQuote } from '../../shared/report/reportFigures';
import type { FigureMatch, LocatedValue } from '../../shared/report/figureIndex';

/**
 * Cuts a paragraph of the report into runs of plain text, the highlighted
 * passage (<mark>) and figures that link to their ledger rows. Text stays text:
 * nothing here is ever parsed as HTML.
 */

export interface Segment {
  text: string;
  /** Inside the highlighted passage. */
  marked: boolean;
  /** The id of the dataset value this figure links to. */
  valueId: string | null;
}

export interface Span {
  start: number;
  end: number;
}

export function segmentParagraph(paragraph: Paragraph, mark: Span | null, figures: readonly FigureMatch[]): Segment[] {
  const links = figures
    .filter((f) => f.values.length > 0 && f.token.start >= paragraph.start && f.token.figureEnd <= paragraph.end)
    .map((f) => ({ start: f.token.start, end: f.token.figureEnd, valueId: f.values[0]?.value.id ?? null }));
  const cuts = new Set<number>([paragraph.start, paragraph.end]);
  for (const link of links) cuts.add(link.start).add(link.end);
  if (mark) for (const p of [mark.start, mark.end]) if (p > paragraph.start && p < paragraph.end) cuts.add(p);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const text = paragraph.text.slice(start - paragraph.start, end - paragraph.start);
    const marked = mark !== null && start >= mark.start && end <= mark.end;
    const link = links.find((l) => l.start === start && l.end === end);
    const last = segments.at(-1);
    // Merge neighbouring plain runs so the DOM stays small.
    if (!link && last && last.valueId === null && last.marked === marked) last.text += text;
    else segments.push({ text, marked, valueId: link?.valueId ?? null });
  }
  return segments;
}

export interface SourceTarget {
  id: string;
  span: Span;
}

/** The passage a `fig=` id points to: a value's quote or a zone statement's quote. */
export function findSource(dataset: Dataset, report: string, id: string | null): SourceTarget | null {
  if (!id) return null;
  const quote =
    dataset.indicators.flatMap((i) => i.values).find((v) => v.id === id)?.quote ??
    dataset.zones.flatMap((z) => z.statements).find((s) => s.id === id)?.quote;
  if (!quote) return null;
  const at = locateQuote(report, quote);
  return 'error' in at ? null : { id, span: at };
}

/** The values whose quotes stand in a paragraph, for the English labels beside the Chinese original. */
export function valuesInParagraph(paragraph: Paragraph, located: readonly LocatedValue[]): LocatedValue[] {
  return located.filter((l) => l.start >= paragraph.start && l.end <= paragraph.end).sort((a, b) => a.start - b.start);
}
