import type { TFunction } from 'i18next';
import type { Dataset } from '../../shared/dataset/schema';
import { documentById } from '../../shared/dataset/selectors';
import { figureText, formatFigure, formatScaled } from '../../shared/format/formatValue';
import { formatPartialDate } from '../../shared/format/formatDate';
import type { Lang } from '../../shared/i18n/lang';
import type { CensusNote, Panel, Provisional, YearEntry } from './yearSeries';

/** The words of the multi-year bars: labels printed beside them and their accessible names, apart from the pixels. */

export interface YearBarRow {
  key: string;
  valueId: string;
  /** The year and kind (2022 target); `docLabel` names the document where a year has two figures of one kind. */
  axisLabel: string;
  docLabel: string | null;
  /** Drawn length. */
  value: number;
  kind: 'actual' | 'target';
  provisional: Provisional;
  /** Printed beside the bar, as the document prints it, qualifier included. */
  label: string;
  /** Under the printed value: 预计 / prelim. or 初步核算 / prelim. accounts; null for a final figure. */
  mark: string | null;
  /**
   * The name for screen readers: the text drawn on the bar first, as drawn (value, then mark), so
   * the visible label is the start of the name (WCAG 2.5.3); then the full sentence: indicator,
   * year, kind, figure with unit, document.
   */
  ariaLabel: string;
  hasFigurePage: boolean;
}

export function docShort(entry: Pick<YearEntry, 'docKind' | 'docYear'>, t: TFunction): string {
  return t(`years.docShort.${entry.docKind}`, { year: entry.docYear });
}

function printedLabel(entry: YearEntry, panel: Panel, lang: Lang): string {
  if (!entry.printed) return '';
  // Where a break changes the unit, the panel title cannot name one: each figure carries its own.
  if (panel.unit === null) return figureText(formatFigure(entry.printed, lang));
  return formatScaled(entry.printed, lang);
}

function fullText(entry: YearEntry, lang: Lang): string {
  return entry.printed ? figureText(formatFigure(entry.printed, lang)) : '';
}

export function yearBarRows(
  entries: readonly YearEntry[],
  panel: Panel,
  name: string,
  dataset: Dataset,
  lang: Lang,
  t: TFunction,
): YearBarRow[] {
  return entries.map((entry) => {
    const axisLabel = t(entry.kind === 'target' ? 'years.axisTarget' : 'years.axisActual', { year: entry.year });
    const docLabel = entry.sameYearAndKind ? docShort(entry, t) : null;
    const document = documentById(dataset, entry.docId);
    const cite = document ? `${document.title[lang]}, ${formatPartialDate(document.date, lang)}` : entry.docId;
    const measure = panel.measure === 'growth' ? t('years.colGrowth') : t('years.colLevel');
    const provisionalWords = entry.provisional ? `, ${t(`years.provisionalLong.${entry.provisional}`)}` : '';
    const basisWords = entry.basis ? `, ${t(`years.basis.${entry.basis}`)}` : '';
    const label = printedLabel(entry, panel, lang);
    const mark = entry.provisional ? t(`years.provisional.${entry.provisional}`) : null;
    const drawn = [label, mark].filter(Boolean).join(' ');
    const sentence = `${name}, ${axisLabel}${docLabel ? ` (${docLabel})` : ''}, ${measure}: ${fullText(entry, lang)}${provisionalWords}${basisWords}; ${cite}`;
    return {
      key: `${panel.measure}-${entry.id}`,
      valueId: entry.id,
      axisLabel,
      docLabel,
      value: entry.drawn ?? 0,
      kind: entry.kind,
      provisional: entry.provisional,
      label,
      mark,
      ariaLabel: drawn ? `${drawn} — ${sentence}` : sentence,
      hasFigurePage: entry.hasFigurePage,
    };
  });
}

/** The census sentence's figures, in the reader's language: 1638亿元 / CNY 163.8 billion, and the stated rate. */
export function censusWords(
  census: CensusNote,
  lang: Lang,
  t: TFunction,
): { before: string; after: string; rate: string; doc: string } | null {
  if (!census.before.printed || !census.after.printed || !census.afterGrowth) return null;
  return {
    before: figureText(formatFigure(census.before.printed, lang)),
    after: figureText(formatFigure(census.after.printed, lang)),
    rate: formatScaled({ value: census.afterGrowth.value, unit: '%', qualifier: census.afterGrowth.qualifier }, lang),
    doc: docShort(census.after, t),
  };
}

/** A label's width in pixels at the bar label's size: a CJK character is about one em, a digit or Latin letter about 0.6. */
export function labelWidth(label: string): number {
  let width = 0;
  for (const ch of label) width += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 15 : 9;
  return width;
}

/**
 * The axis's end, so that every bar's printed value fits beside it at this width: a bar of
 * value v ends at v ÷ end × plot, and its label needs its own width after that.
 */
export function axisEnd(rows: readonly { value: number; label: string; mark?: string | null }[], max: number, plot: number): number {
  return rows.reduce((end, row) => {
    // The mark stands under the value, in smaller type.
    const room = plot - Math.max(labelWidth(row.label), labelWidth(row.mark ?? '') * 0.8) - 12;
    // A label too long for the chart still leaves its bar a fifth of the plot.
    return row.value > 0 ? Math.max(end, (row.value * plot) / Math.max(room, plot * 0.2)) : end;
  }, max * 1.15);
}
