import type { Dataset, GlossaryTerm, Indicator, PrintedValue } from '../../shared/dataset/schema';
import { valueById } from '../../shared/dataset/selectors';
import { parseReport } from '../../shared/report/reportStructure';
import { locateQuote } from '../../shared/report/reportFigures';
import { NOTE_TERMS, QUALIFIER_TERMS } from '../../shared/dataset/labels';
import { printedGrowth, printedValue } from '../../shared/dataset/printed';
import { figureText, formatFigure, formatGrowth } from '../../shared/format/formatValue';
import type { Lang } from '../../shared/i18n/lang';
import { formatReportDate } from '../../shared/format/formatDate';
import { hasFigure } from '../../shared/dataset/narrow';

/**
 * One figure on its own page: what it is, as printed and in English, what its qualifier and
 * notes mean, and its sentence in the report's own paragraph. Pure: no pixels here.
 */

export interface Passage {
  before: string;
  quote: string;
  after: string;
}

export interface FigurePage {
  indicator: Indicator;
  value: PrintedValue;
  /** The qualifier's and notes' explanations, from the glossary. */
  terms: GlossaryTerm[];
}

export function figurePage(dataset: Dataset, id: string | null): FigurePage | null {
  const found = id ? valueById(dataset, id) : undefined;
  if (!found) return null;
  const { value } = found;
  const termIds: string[] = [
    ...(value.qualifier ? [QUALIFIER_TERMS[value.qualifier]] : []),
    ...(value.growthQualifier && value.growthQualifier !== value.qualifier ? [QUALIFIER_TERMS[value.growthQualifier]] : []),
    ...(value.notes ?? []).map((note) => NOTE_TERMS[note]),
  ];
  const terms = termIds.flatMap((termId) => dataset.glossary.filter((term) => term.id === termId));
  return { ...found, terms };
}

/** The quote in its sentence of the report (the paragraph around it, shortened where long); null if the quote is not there. */
export function passageOf(report: string, quote: string): Passage | null {
  const at = locateQuote(report, quote);
  if ('error' in at) return null;
  const paragraph = parseReport(report).find((p) => at.start >= p.start && at.end <= p.end);
  if (!paragraph) return null;
  return {
    before: leadIn(report.slice(paragraph.start, at.start)),
    quote: report.slice(at.start, at.end),
    after: runOn(report.slice(at.end, paragraph.end)),
  };
}

/** How much of the paragraph stands either side of the quote: its sentence, within reason. */
const CONTEXT = 160;
const SENTENCE_END = /[。；！？]/g;

/** The text before the quote from the start of its sentence (at most CONTEXT characters back); "……" where text is left out. */
function leadIn(text: string): string {
  const window = text.slice(-CONTEXT);
  const ends = [...window.matchAll(SENTENCE_END)];
  const last = ends.at(-1);
  const start = last?.index !== undefined ? last.index + 1 : 0;
  const kept = window.slice(start);
  return kept.length < text.length ? `……${kept}` : kept;
}

/** The text after the quote to the end of its sentence (at most CONTEXT characters on). */
function runOn(text: string): string {
  const window = text.slice(0, CONTEXT);
  const end = window.search(/[。；！？]/);
  const kept = end >= 0 ? window.slice(0, end + 1) : window;
  return kept.length < text.length ? `${kept}……` : kept;
}

/** The value as the report prints it: 突破1300亿元，增长27%. */
export function asPrinted(value: PrintedValue): string {
  return [printedValue(value), printedGrowth(value)].filter(Boolean).join('，');
}

/** The value as an English reader reads it: past CNY 130 billion, up 27%. */
export function inEnglish(value: PrintedValue): string {
  const level = !hasFigure(value) ? null : figureText(formatFigure(value, 'en'));
  const change =
    value.growthPct === undefined ? null : formatGrowth({ growthPct: value.growthPct, growthQualifier: value.growthQualifier }, 'en').text;
  return [level, change].filter(Boolean).join(', ');
}

/**
 * A citation to paste into a message or a document: the report, its date, the figure and the
 * address. Chinese quotes the report's own words; English gives the figure in English and the
 * Chinese original.
 */
export function citation(dataset: Dataset, page: FigurePage, lang: Lang, address: string): string {
  const { report } = dataset;
  const date = formatReportDate(report.date, lang);
  if (lang === 'zh') return `${report.title.zh}（${report.body.zh}，${date}）：「${page.value.quote}」 ${address}`;
  return `${report.title.en} (${report.body.en}, ${date}): ${page.indicator.name.en}, ${page.value.year} ${page.value.kind}: ${inEnglish(page.value)} (original: 「${page.value.quote}」). ${address}`;
}
