import type { Dataset, Indicator, PrintedValue, SectionId, ThemeId } from '../../shared/dataset/schema';
import { SECTION_IDS } from '../../shared/dataset/codes';
import type { LedgerQuery, SortDir, SortKey } from '../../shared/lib/appUrl';
import { figureText, formatFigure, formatGrowth } from '../../shared/format/formatValue';
import { LANG_TAGS, type Lang } from '../../shared/i18n/lang';

/**
 * The figure ledger: one row per printed value, searchable in both languages
 * and in the quote, filterable by section, theme and period, sortable.
 * Pure functions, so the benchmark and the tests run them without a DOM.
 */

export interface LedgerRow {
  id: string;
  indicator: Indicator;
  value: PrintedValue;
  themes: readonly ThemeId[];
  /** Position in the dataset, which follows the report within each section. */
  order: number;
  /** Chinese label, English label and quote, normalised once for matching. */
  haystack: string;
}

/** Full-width letters and digits (ＰＭ２.５) match their ASCII forms; case is ignored. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function ledgerRows(dataset: Dataset): LedgerRow[] {
  let order = 0;
  return dataset.indicators.flatMap((indicator) =>
    indicator.values.map((value) => ({
      id: value.id,
      indicator,
      value,
      themes: [indicator.category, ...(indicator.tags ?? [])],
      order: order++,
      haystack: normalizeText(`${indicator.name.zh}\n${indicator.name.en}\n${value.quote}`),
    })),
  );
}

/** Plain-text matching: every whitespace-separated term must occur; no pattern syntax at all. */
export function filterRows(rows: readonly LedgerRow[], query: Pick<LedgerQuery, 'q' | 'section' | 'theme' | 'period'>): LedgerRow[] {
  const terms = normalizeText(query.q).split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (query.section === null || row.value.section === query.section) &&
      (query.theme === null || row.themes.includes(query.theme)) &&
      (query.period === null || `${row.value.year}-${row.value.kind}` === query.period) &&
      terms.every((term) => row.haystack.includes(term)),
  );
}

const sectionRank = (section: SectionId) => SECTION_IDS.indexOf(section);

export function sortRows(rows: readonly LedgerRow[], sort: SortKey, dir: SortDir, lang: Lang): LedgerRow[] {
  const collator = new Intl.Collator(LANG_TAGS[lang]);
  const inReportOrder = (a: LedgerRow, b: LedgerRow) => sectionRank(a.value.section) - sectionRank(b.value.section) || a.order - b.order;
  const compare: (a: LedgerRow, b: LedgerRow) => number = {
    report: inReportOrder,
    section: inReportOrder,
    label: (a: LedgerRow, b: LedgerRow) => collator.compare(a.indicator.name[lang], b.indicator.name[lang]),
    period: (a: LedgerRow, b: LedgerRow) => a.value.year - b.value.year || inReportOrder(a, b),
    value: (a: LedgerRow, b: LedgerRow) => (a.value.value ?? -Infinity) - (b.value.value ?? -Infinity),
    growth: (a: LedgerRow, b: LedgerRow) => (a.value.growthPct ?? -Infinity) - (b.value.growthPct ?? -Infinity),
    // The targets view's order; the ledger has no status column.
    status: inReportOrder,
  }[sort];
  const sign = dir === 'desc' ? -1 : 1;
  // Ties fall back to report order, so a sort is stable and predictable.
  return [...rows].sort((a, b) => sign * compare(a, b) || inReportOrder(a, b));
}

export function selectRows(rows: readonly LedgerRow[], query: LedgerQuery, lang: Lang): LedgerRow[] {
  return sortRows(filterRows(rows, query), query.sort, query.dir, lang);
}

/** The columns of an export: values as printed, plus how they read in each language. */
export function exportRecord(row: LedgerRow) {
  const { value, indicator } = row;
  const shown = (lang: Lang) => (value.value === null ? '' : figureText(formatFigure({ ...value, value: value.value }, lang)));
  const change = (lang: Lang) => (value.growthPct === undefined ? '' : formatGrowth({ growthPct: value.growthPct, growthQualifier: value.growthQualifier }, lang).text);
  return {
    id: value.id,
    indicator_id: indicator.id,
    label_zh: indicator.name.zh,
    label_en: indicator.name.en,
    value: value.value,
    unit: value.unit,
    qualifier: value.qualifier ?? '',
    growth_pct: value.growthPct ?? null,
    growth_qualifier: value.growthQualifier ?? '',
    year: value.year,
    kind: value.kind,
    notes: (value.notes ?? []).join(' '),
    section: value.section,
    themes: row.themes.join(' '),
    zone: value.zone ?? '',
    polarity: indicator.polarity,
    display_zh: [shown('zh'), change('zh')].filter(Boolean).join('，'),
    display_en: [shown('en'), change('en')].filter(Boolean).join(', '),
    quote: value.quote,
  };
}

export type ExportRecord = ReturnType<typeof exportRecord>;

export const EXPORT_COLUMNS = [
  'id',
  'indicator_id',
  'label_zh',
  'label_en',
  'value',
  'unit',
  'qualifier',
  'growth_pct',
  'growth_qualifier',
  'year',
  'kind',
  'notes',
  'section',
  'themes',
  'zone',
  'polarity',
  'display_zh',
  'display_en',
  'quote',
] as const satisfies readonly (keyof ExportRecord)[];

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote every text cell; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return typeof value === 'number' ? text : `"${safe.replace(/"/g, '""')}"`;
}

/** UTF-8 CSV with a byte-order mark, so Excel shows the Chinese correctly. */
export function toCsv(records: readonly ExportRecord[]): string {
  const lines = [EXPORT_COLUMNS.map(csvCell).join(','), ...records.map((record) => EXPORT_COLUMNS.map((column) => csvCell(record[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
