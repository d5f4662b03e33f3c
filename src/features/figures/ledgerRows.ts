import type { AnyValue, CitedValue, Dataset, Indicator, SectionId, SourceDocument, ThemeId } from '../../shared/dataset/schema';
import { SECTION_IDS } from '../../shared/dataset/codes';
import type { LedgerQuery, Period, SortDir, SortKey } from '../../shared/lib/appUrl';
import { figureText, formatFigure, formatGrowth } from '../../shared/format/formatValue';
import { printedAsDocument } from '../../shared/dataset/reference';
import { formatPartialDate } from '../../shared/format/formatDate';
import { LANG_TAGS, type Lang } from '../../shared/i18n/lang';
import { hasFigure } from '../../shared/dataset/narrow';
import { searchTerms } from './searchTerms';

/**
 * The figure ledger: one row per value of every document (the 2024 report's
 * printed values, quoted, and the other documents' values, cited), searchable
 * in both languages, in the quote and in the document and location, filterable
 * by section, theme, period and document, sortable. Pure functions, so the
 * benchmark and the tests run them without a DOM.
 */

export interface LedgerRow {
  id: string;
  indicator: Indicator;
  value: AnyValue;
  /** The value's document (the dataset check guarantees it is in the registry). */
  document: SourceDocument | undefined;
  /** The value is cited from another document (no quote, a location; no figure page). */
  cited: boolean;
  themes: readonly ThemeId[];
  /** `${year}-${kind}`, the period filter's key. */
  period: Period;
  /**
   * Position in report order: the 2024 report first, section by section as the report runs,
   * then the other documents in the registry's order, each in the order of its reference rows.
   */
  order: number;
  /** The document's position in the registry (the 2024 report is first). */
  docRank: number;
  /** Chinese and English labels, the quote or the location and aim, and the document's names, normalised once for matching. */
  haystack: string;
  /** The haystack without the document's names (`documentHaystack`), which a prerendered page carries once per document. */
  ownHaystack: string;
}

/** Full-width letters and digits (ＰＭ２.５) match their ASCII forms; case is ignored. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A document's names as the search matches them: id, titles, short names, index number (every row of it has them in its haystack). */
export function documentHaystack(document: SourceDocument): string {
  const words = [document.id, document.title.zh, document.title.en, document.shortName?.zh, document.shortName?.en, document.indexNumber];
  return normalizeText(words.filter(Boolean).join('\n'));
}

export const isCited = (value: AnyValue): value is CitedValue => !('quote' in value);
export const sectionOf = (value: AnyValue): SectionId | null => ('section' in value ? value.section : null);

/** A document's short name for a column (its title where it has none). */
export function documentShortName(document: SourceDocument | undefined, docId: string, lang: Lang): string {
  return document ? (document.shortName ?? document.title)[lang] : docId;
}

/** How a document is cited: title, issuer, date and index number; never a link to a copy. */
export function documentCitation(document: SourceDocument, lang: Lang): string {
  const date =
    formatPartialDate(document.date, lang) + (document.dateInferred ? (lang === 'zh' ? '（年份据内容推断）' : ' (year inferred)') : '');
  const index = document.indexNumber ? (lang === 'zh' ? `索引号 ${document.indexNumber}` : `index number ${document.indexNumber}`) : null;
  const title = lang === 'zh' && !document.title.zh.includes('《') ? `《${document.title.zh}》` : document.title[lang];
  return [title, document.issuer[lang], date, index].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
}

const sectionRank = (section: SectionId | null) => (section === null ? SECTION_IDS.length : SECTION_IDS.indexOf(section));

export function ledgerRows(dataset: Dataset): LedgerRow[] {
  const docRank = new Map(dataset.documents.map((document, i) => [document.id, i]));
  const documents = new Map(dataset.documents.map((document) => [document.id, document]));
  let index = 0;
  const rows = dataset.indicators.flatMap((indicator): LedgerRow[] => {
    const themes = [indicator.category, ...(indicator.tags ?? [])];
    const names = `${indicator.name.zh}\n${indicator.name.en}`;
    return [...indicator.values, ...(indicator.cited ?? [])].map((value) => {
      const document = documents.get(value.doc);
      const cited = isCited(value);
      const words = cited
        ? [value.location.zh, value.location.en, value.aim?.zh, value.aim?.en, value.remark?.zh, value.remark?.en]
        : [value.quote];
      const own = normalizeText([names, ...words].filter(Boolean).join('\n'));
      return {
        id: value.id,
        indicator,
        value,
        document,
        cited,
        themes,
        period: `${value.year}-${value.kind}` as Period,
        order: index++,
        docRank: docRank.get(value.doc) ?? dataset.documents.length,
        ownHaystack: own,
        haystack: `${own}\n${document ? documentHaystack(document) : normalizeText(value.doc)}`,
      };
    });
  });
  // Within another document, the order of its reference rows.
  const within = (row: LedgerRow) => (isCited(row.value) ? (row.value.row ?? Number.MAX_SAFE_INTEGER) : 0);
  // Report order, computed once: every sort falls back to it, so comparing two rows is one subtraction.
  const ordered = rows.sort(
    (a, b) =>
      a.docRank - b.docRank ||
      sectionRank(sectionOf(a.value)) - sectionRank(sectionOf(b.value)) ||
      within(a) - within(b) ||
      a.order - b.order,
  );
  ordered.forEach((row, i) => (row.order = i));
  return ordered;
}

export type LedgerFilter = Pick<LedgerQuery, 'q' | 'section' | 'theme' | 'period'> & Partial<Pick<LedgerQuery, 'doc'>>;

/** Plain-text matching: every whitespace-separated term must occur (searchTerms.ts); no pattern syntax at all. */
export function filterRows(rows: readonly LedgerRow[], query: LedgerFilter): LedgerRow[] {
  const terms = searchTerms(query.q);
  const doc = query.doc ?? null;
  return rows.filter(
    (row) =>
      (doc === null || row.value.doc === doc) &&
      (query.section === null || sectionOf(row.value) === query.section) &&
      (query.theme === null || row.themes.includes(query.theme)) &&
      (query.period === null || row.period === query.period) &&
      terms.every((term) => row.haystack.includes(term)),
  );
}

/** The periods the rows hold, by year, results before targets: the period filter's options. */
export function ledgerPeriods(rows: readonly LedgerRow[]): Period[] {
  return [...new Set(rows.map((row) => row.period))].sort((a, b) => a.localeCompare(b));
}

/** How many rows each document holds, in the registry's order: the document filter's options. */
export function ledgerDocuments(dataset: Dataset, rows: readonly LedgerRow[]): { document: SourceDocument; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.value.doc, (counts.get(row.value.doc) ?? 0) + 1);
  return dataset.documents
    .filter((document) => counts.has(document.id))
    .map((document) => ({ document, count: counts.get(document.id) ?? 0 }));
}

export function sortRows(rows: readonly LedgerRow[], sort: SortKey, dir: SortDir, lang: Lang): LedgerRow[] {
  const collator = new Intl.Collator(LANG_TAGS[lang]);
  const inReportOrder = (a: LedgerRow, b: LedgerRow) => a.order - b.order;
  const byValue = (v: AnyValue) => v.value ?? -Infinity;
  const compare: (a: LedgerRow, b: LedgerRow) => number = {
    report: inReportOrder,
    // Within the 2024 report, its sections in order; other documents' values have none, and follow.
    section: (a: LedgerRow, b: LedgerRow) => sectionRank(sectionOf(a.value)) - sectionRank(sectionOf(b.value)),
    label: (a: LedgerRow, b: LedgerRow) => collator.compare(a.indicator.name[lang], b.indicator.name[lang]),
    period: (a: LedgerRow, b: LedgerRow) => a.value.year - b.value.year,
    value: (a: LedgerRow, b: LedgerRow) => byValue(a.value) - byValue(b.value),
    growth: (a: LedgerRow, b: LedgerRow) => (a.value.growthPct ?? -Infinity) - (b.value.growthPct ?? -Infinity),
    // The targets view's order; the ledger has no status column.
    status: inReportOrder,
    document: (a: LedgerRow, b: LedgerRow) => a.docRank - b.docRank,
  }[sort];
  const sign = dir === 'desc' ? -1 : 1;
  // Ties fall back to report order, so a sort is stable and predictable.
  return [...rows].sort((a, b) => sign * compare(a, b) || inReportOrder(a, b));
}

export function selectRows(rows: readonly LedgerRow[], query: LedgerQuery, lang: Lang): LedgerRow[] {
  return sortRows(filterRows(rows, query), query.sort, query.dir, lang);
}

/** The number as its document prints it: 1638, 2005.70, 0.98:46.66:52.36; empty for a rate or an aim alone. */
export function printedNumberOf(value: AnyValue): string {
  return isCited(value) ? printedAsDocument(value) : !hasFigure(value) ? '' : String(value.value);
}

/** A value's figure in words: as printed in Chinese, converted for an English reader; a ratio as its parts, an aim in words. */
export function shownFigure(value: AnyValue, lang: Lang): string {
  if (hasFigure(value)) return figureText(formatFigure(value, lang));
  if (isCited(value) && value.ratio) return value.ratio.join(':');
  if (isCited(value) && value.aim) return value.aim[lang];
  return '';
}

/** The columns of an export: values as printed, plus how they read in each language, and the document each comes from. */
export function exportRecord(row: LedgerRow) {
  const { value, indicator, document } = row;
  const cited = isCited(value) ? value : null;
  const printed = isCited(value) ? null : value;
  const change = (lang: Lang) =>
    value.growthPct === undefined ? '' : formatGrowth({ growthPct: value.growthPct, growthQualifier: value.growthQualifier }, lang).text;
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
    section: printed?.section ?? '',
    themes: row.themes.join(' '),
    zone: printed?.zone ?? '',
    polarity: indicator.polarity,
    display_zh: [shownFigure(value, 'zh'), change('zh')].filter(Boolean).join('，'),
    display_en: [shownFigure(value, 'en'), change('en')].filter(Boolean).join(', '),
    quote: printed?.quote ?? '',
    // The document, cited: id, title, issuer, date, index number; and where in it the value stands.
    value_as_printed: printedNumberOf(value),
    basis: value.basis ?? '',
    doc_id: value.doc,
    doc_short_zh: documentShortName(document, value.doc, 'zh'),
    doc_short_en: documentShortName(document, value.doc, 'en'),
    doc_kind: document?.kind ?? '',
    doc_title_zh: document?.title.zh ?? '',
    doc_title_en: document?.title.en ?? '',
    doc_issuer_zh: document?.issuer.zh ?? '',
    doc_issuer_en: document?.issuer.en ?? '',
    doc_date: document?.date ?? '',
    doc_index_number: document?.indexNumber ?? '',
    doc_citation_zh: document ? documentCitation(document, 'zh') : value.doc,
    doc_citation_en: document ? documentCitation(document, 'en') : value.doc,
    location_zh: cited?.location.zh ?? '',
    location_en: cited?.location.en ?? '',
    reference_row: cited?.row ?? null,
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
  'value_as_printed',
  'basis',
  'doc_id',
  'doc_short_zh',
  'doc_short_en',
  'doc_kind',
  'doc_title_zh',
  'doc_title_en',
  'doc_issuer_zh',
  'doc_issuer_en',
  'doc_date',
  'doc_index_number',
  'doc_citation_zh',
  'doc_citation_en',
  'location_zh',
  'location_en',
  'reference_row',
] as const satisfies readonly (keyof ExportRecord)[];

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote every text cell; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return typeof value === 'number' ? text : `"${safe.replace(/"/g, '""')}"`;
}

/** UTF-8 CSV with a byte-order mark, so Excel shows the Chinese correctly. */
export function toCsv(records: readonly ExportRecord[]): string {
  const lines = [
    EXPORT_COLUMNS.map(csvCell).join(','),
    ...records.map((record) => EXPORT_COLUMNS.map((column) => csvCell(record[column])).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
