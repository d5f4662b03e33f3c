import type { AnyValue, Basis, Bilingual, CitedUnitCode, Dataset, DocumentKind, Indicator } from '../../shared/dataset/schema';
import { documentById, indicatorById, valuesFromAllDocuments } from '../../shared/dataset/selectors';

/**
 * The headline indicators from 2021 to 2025, shaped for small multiples: one panel of stated
 * growth rates and one of levels per indicator, each cut into segments where the level's basis
 * or unit changes, so no chart draws one series through a break. No pixels here.
 *
 * Only printed figures appear: a growth rate is always the one a document states, never one
 * computed from two levels (1638 → 2005.70 would give 22%, across the census revision).
 */

export const FIRST_YEAR = 2021;
export const LAST_YEAR = 2025;

/**
 * The headline indicators, in the order the reports list them: the main expected targets, then
 * industry, innovation, openness and tourism. Those whose documents give figures for fewer than
 * two years (R&D intensity, per capita disposable income) drop out by the rule in `yearSeries`.
 */
export const HEADLINE_IDS = [
  'gdp',
  'budget-revenue',
  'industrial-output',
  'fixed-asset-investment',
  'industrial-investment',
  'retail-sales',
  'foreign-trade',
  'fdi',
  'high-tech-output',
  'high-tech-share',
  'rd-intensity',
  'per-capita-disposable-income',
  'tourism-revenue',
] as const;

/** 预计数 is the government's estimate before the year's accounts close; 初步核算 the statistics bureau's first count. */
export type Provisional = 'estimate' | 'accounting' | null;

export interface YearEntry {
  /** The value's id: unique within a panel. */
  id: string;
  year: number;
  kind: 'actual' | 'target';
  docId: string;
  docKind: DocumentKind;
  /** The year of the document's date: tells the 2025 report from the 2022 one. */
  docYear: number;
  /** Only the 2024 report's figures have a page of their own (`?fig=`). */
  hasFigurePage: boolean;
  /** What the bar is drawn at; null for a qualitative aim, which has no bar. */
  drawn: number | null;
  /** The figure as printed: a level (value, unit, qualifier, decimals) or a rate (growthPct as value, '%', growthQualifier). */
  printed: { value: number; unit: CitedUnitCode; qualifier?: AnyValue['qualifier']; decimals?: number | undefined } | null;
  aim: Bilingual | null;
  provisional: Provisional;
  basis: Basis | null;
  /** Another entry of the panel has the same year and kind: its label must name the document. */
  sameYearAndKind: boolean;
}

export interface Break {
  /** The basis (or currency) the figures after the break are on. */
  to: Basis;
  from: Basis;
}

export interface Segment {
  /** Set on every segment but the first: why the figures before it cannot be compared with these. */
  breakBefore: Break | null;
  entries: YearEntry[];
}

export interface Panel {
  measure: 'growth' | 'level';
  /** '%' for growth; the levels' unit otherwise, or null where a break changes it (亿美元 → 亿元): then each label carries its unit. */
  unit: CitedUnitCode | null;
  segments: Segment[];
  /** Qualitative aims (保持正增长): no number, so no bar; said in words under the bars. */
  aims: YearEntry[];
}

export interface CensusNote {
  before: YearEntry;
  after: YearEntry;
  /** The rate the document of the revised level states: the one to read, since the levels cannot be compared. */
  afterGrowth: { value: number; qualifier?: AnyValue['growthQualifier'] } | null;
}

export interface TableRow {
  value: AnyValue;
  /** The basis the figures change to at this row, where a known basis differs from the last one known. */
  breakBefore: Basis | null;
}

/** The table's rows: the same breaks as the chart's levels, said on a row of their own. */
export function tableRows(values: readonly AnyValue[]): TableRow[] {
  let lastBasis: Basis | null = null;
  return values.map((value) => {
    const basis = value.basis ?? null;
    const breakBefore = basis !== null && lastBasis !== null && basis !== lastBasis ? basis : null;
    if (basis !== null) lastBasis = basis;
    return { value, breakBefore };
  });
}

export interface IndicatorYears {
  indicator: Indicator;
  years: number[];
  growth: Panel | null;
  level: Panel | null;
  /** Where levels break at the fifth economic census: the last level before and the first after (with its stated rate). */
  census: CensusNote | null;
  /** Every value of 2021–2025, in order, each with the break of basis before it: the rows of the table behind the chart. */
  rows: TableRow[];
}

export function provisional(value: AnyValue): Provisional {
  const notes: readonly string[] = value.notes ?? [];
  if (notes.includes('preliminary')) return 'estimate';
  if (notes.includes('preliminaryAccounting')) return 'accounting';
  return null;
}

/** The basis a stated rate is on: a rate at comparable prices is comparable across the census, but not across a change of currency. */
function growthBasis(value: AnyValue): Basis | null {
  return value.basis === 'us-dollars' || value.basis === 'yuan' ? value.basis : null;
}

function entry(dataset: Dataset, value: AnyValue, measure: 'growth' | 'level'): YearEntry {
  const document = documentById(dataset, value.doc);
  const base = {
    id: value.id,
    year: value.year,
    kind: value.kind,
    docId: value.doc,
    docKind: document?.kind ?? 'work-report',
    docYear: Number((document?.date ?? String(value.year)).slice(0, 4)),
    hasFigurePage: document?.primary === true,
    aim: 'aim' in value && value.aim ? value.aim : null,
    provisional: provisional(value),
    sameYearAndKind: false,
  };
  if (measure === 'growth') {
    const printed = value.growthPct === undefined ? null : { value: value.growthPct, unit: '%' as const, qualifier: value.growthQualifier };
    return { ...base, drawn: printed?.value ?? null, printed, basis: growthBasis(value) };
  }
  const printed =
    value.value === null
      ? null
      : { value: value.value, unit: value.unit, qualifier: value.qualifier, decimals: 'decimals' in value ? value.decimals : undefined };
  return { ...base, drawn: printed?.value ?? null, printed, basis: value.basis ?? null };
}

/** Same year, target before actual (a target is set before its outcome), then in the dataset's order of documents. */
function inOrder(values: readonly AnyValue[]): AnyValue[] {
  const rank = (v: AnyValue) => v.year * 2 + (v.kind === 'target' ? 0 : 1);
  return values
    .map((value, index) => ({ value, index }))
    .sort((a, b) => rank(a.value) - rank(b.value) || a.index - b.index)
    .map(({ value }) => value);
}

function markSameYearAndKind(entries: YearEntry[]): YearEntry[] {
  return entries.map((e) => ({ ...e, sameYearAndKind: entries.some((o) => o !== e && o.year === e.year && o.kind === e.kind) }));
}

/** Cuts a panel's entries where two neighbours' bases differ (both known): a gap and a label, never one series across. */
export function segmentsOf(entries: readonly YearEntry[]): Segment[] {
  const segments: Segment[] = [];
  let lastBasis: Basis | null = null;
  for (const e of entries) {
    const current = segments.at(-1);
    if (current && e.basis !== null && lastBasis !== null && e.basis !== lastBasis) {
      segments.push({ breakBefore: { from: lastBasis, to: e.basis }, entries: [e] });
    } else if (current) {
      current.entries.push(e);
    } else {
      segments.push({ breakBefore: null, entries: [e] });
    }
    if (e.basis !== null) lastBasis = e.basis;
  }
  return segments;
}

function panel(measure: 'growth' | 'level', all: YearEntry[]): Panel | null {
  if (all.length === 0) return null;
  const aims = all.filter((e) => e.printed === null);
  const marked = markSameYearAndKind(all.filter((e) => e.printed !== null));
  const segments = segmentsOf(marked);
  const units = new Set(marked.flatMap((e) => (e.printed ? [e.printed.unit] : [])));
  const [only] = units;
  return { measure, unit: measure === 'growth' ? '%' : units.size === 1 && only ? only : null, segments, aims };
}

function censusNote(level: Panel | null, values: readonly AnyValue[]): CensusNote | null {
  if (!level) return null;
  const at = level.segments.findIndex((s) => s.breakBefore?.from === 'before-fifth-census' && s.breakBefore.to === 'after-fifth-census');
  if (at <= 0) return null;
  const beforeEntries = level.segments[at - 1]?.entries ?? [];
  // The level the 2024 report printed, if it is among them: the one readers know.
  const before = beforeEntries.filter((e) => e.hasFigurePage).at(-1) ?? beforeEntries.at(-1);
  const after = level.segments[at]?.entries[0];
  if (!before || !after) return null;
  const afterValue = values.find((v) => v.id === after.id);
  const afterGrowth = afterValue?.growthPct === undefined ? null : { value: afterValue.growthPct, qualifier: afterValue.growthQualifier };
  return { before, after, afterGrowth };
}

/** One indicator's 2021–2025 figures: panels of stated rates and of levels, and the rows of its table. */
export function indicatorYears(dataset: Dataset, indicator: Indicator): IndicatorYears {
  const values = inOrder(
    valuesFromAllDocuments(indicator).filter(
      (v) => v.year >= FIRST_YEAR && v.year <= LAST_YEAR && !('ratio' in v && v.ratio !== undefined),
    ),
  );
  const growth = panel(
    'growth',
    values.filter((v) => v.growthPct !== undefined || ('aim' in v && v.aim !== undefined)).map((v) => entry(dataset, v, 'growth')),
  );
  const level = panel(
    'level',
    values.filter((v) => v.value !== null).map((v) => entry(dataset, v, 'level')),
  );
  return {
    indicator,
    years: [...new Set(values.map((v) => v.year))],
    growth,
    level,
    census: censusNote(level, values),
    rows: tableRows(values),
  };
}

/** The headline indicators that have figures in at least two years of 2021–2025, in HEADLINE_IDS order. */
export function yearSeries(dataset: Dataset, ids: readonly string[] = HEADLINE_IDS): IndicatorYears[] {
  return ids.flatMap((id) => {
    const indicator = indicatorById(dataset, id);
    if (!indicator) return [];
    const years = indicatorYears(dataset, indicator);
    return years.years.length >= 2 ? [years] : [];
  });
}

/** The largest stated rate of all panels: growth bars share one scale, so their lengths compare across indicators. */
export function growthScale(series: readonly IndicatorYears[]): { min: number; max: number } {
  const drawn = series.flatMap(
    (s) => s.growth?.segments.flatMap((seg) => seg.entries.flatMap((e) => (e.drawn === null ? [] : [e.drawn]))) ?? [],
  );
  return { min: Math.min(0, ...drawn), max: Math.max(1, ...drawn) };
}

/**
 * The scale a segment is drawn at: growth bars share one scale across indicators (growthScale);
 * a level panel has its own (levels of different indicators have different units), and where a
 * break changes the unit (亿美元 → 亿元) each segment has its own, since lengths in two currencies do not compare.
 */
export function segmentScale(panel: Panel, segment: Segment, growth: { min: number; max: number }): { min: number; max: number } {
  if (panel.measure === 'growth') return growth;
  const entries = panel.unit === null ? segment.entries : panel.segments.flatMap((s) => s.entries);
  const drawn = entries.flatMap((e) => (e.drawn === null ? [] : [e.drawn]));
  return { min: Math.min(0, ...drawn), max: Math.max(1, ...drawn) };
}
