import type { TFunction } from 'i18next';
import { figureText, formatFigure, formatScaled } from '../../shared/format/formatValue';
import type { Lang } from '../../shared/i18n/lang';
import type { DerivedValue } from '../../shared/dataset/derived';
import type { Basis } from '../../shared/dataset/schema';
import { formatPartialDate } from '../../shared/format/formatDate';
import type { HBarRow } from './HBars';
import { reportBasis, type Bar, type CitedBar, type GrowthRow, type SizeRow } from './clusterSeries';

/** Bar labels and accessible names: the chart's words, shaped apart from its pixels. */

function barLabel(bar: Bar, lang: Lang): string {
  if (bar.kind === 'derived') return formatScaled({ value: bar.derived.value, unit: bar.derived.unit, approx: true }, lang);
  return formatScaled(bar.printed, lang);
}

function barFullText(bar: Bar, lang: Lang): string {
  if (bar.kind === 'derived') return `≈${figureText(formatFigure({ value: bar.derived.value, unit: bar.derived.unit }, lang))}`;
  return figureText(formatFigure(bar.printed, lang));
}

/** A figure of another document: as printed, its basis and its document (title and date) in the accessible name. */
function citedBar(bar: CitedBar, name: string, lang: Lang, t: TFunction): HBarRow {
  const { cited, document } = bar;
  const year = t(bar.kind === 'target' ? 'years.clusters.yearEarlierTarget' : 'years.clusters.yearEarlierActual', { year: cited.year });
  const basis = cited.basis ? `, ${t(`years.basis.${cited.basis}`)}` : '';
  const source = document ? `; ${document.title[lang]}, ${formatPartialDate(document.date, lang)}` : '';
  return {
    key: `${cited.id}`,
    axisLabel: t(bar.kind === 'target' ? 'years.clusters.axisEarlierTarget' : 'years.clusters.axisEarlierActual', { year: cited.year }),
    value: cited.value,
    kind: bar.kind,
    label: formatScaled(cited, lang),
    ariaLabel: `${name}, ${year}: ${figureText(formatFigure(cited, lang))}${basis}${source}`,
    basis: cited.basis ?? null,
  };
}

/**
 * The bars of one cluster: 2022 derived, 2023 actual, 2024 target; with `history` (the clusters
 * view, not the slides) first the 2021 results and 2022 targets other documents print.
 */
export function sizeBars(row: SizeRow, lang: Lang, t: TFunction, { history = false }: { history?: boolean } = {}): HBarRow[] {
  const name = row.indicator.name[lang];
  const basis = reportBasis(row.indicator);
  const slots: { key: string; axis: string; year: string; bar: Bar | null; kind: HBarRow['kind']; missing: string }[] = [
    {
      key: '2022',
      axis: t('clusters.axis2022'),
      year: t('clusters.year2022'),
      bar: row.implied2022,
      kind: 'derived',
      missing: t('clusters.cannotDerive'),
    },
    {
      key: '2023',
      axis: t('clusters.axis2023'),
      year: t('clusters.year2023'),
      bar: row.actual2023,
      kind: 'actual',
      missing: t('clusters.notGiven'),
    },
    {
      key: '2024',
      axis: t('clusters.axis2024'),
      year: t('clusters.year2024'),
      bar: row.target2024,
      kind: 'target',
      missing: t('clusters.notGiven'),
    },
  ];
  const own = slots.map(({ key, axis, year, bar, kind, missing }) => ({
    key: `${row.indicator.id}-${key}`,
    axisLabel: axis,
    value: bar ? (bar.kind === 'derived' ? bar.derived.value : bar.printed.value) : 0,
    kind,
    label: bar ? barLabel(bar, lang) : missing,
    ariaLabel: `${name}, ${year}: ${bar ? barFullText(bar, lang) : missing}`,
    // The derived 2022 size is on the basis of the 2023 size it comes from.
    basis: bar ? basis : null,
  }));
  if (!history) return own;
  // The 2022 targets come before the derived 2022 size: a target is set before its year.
  const earlier = row.earlier.map((bar) => citedBar(bar, name, lang, t));
  const before2022 = earlier.filter((_, i) => row.earlier[i]?.cited.year !== 2022 || row.earlier[i]?.kind === 'actual');
  const targets2022 = earlier.filter((_, i) => row.earlier[i]?.cited.year === 2022 && row.earlier[i]?.kind === 'target');
  return [...before2022, ...targets2022, ...own];
}

export interface BarSegment {
  /** The basis the bars after the break are on, and the one before: they cannot be compared. */
  breakBefore: { from: Basis; to: Basis } | null;
  rows: HBarRow[];
}

/** Cuts bars where two neighbours' known bases differ: the chart shows a gap and what changed, never one series across. */
export function splitAtBreaks(rows: readonly HBarRow[]): BarSegment[] {
  const segments: BarSegment[] = [];
  let last: Basis | null = null;
  for (const row of rows) {
    const basis = row.basis ?? null;
    const current = segments.at(-1);
    if (current && basis !== null && last !== null && basis !== last)
      segments.push({ breakBefore: { from: last, to: basis }, rows: [row] });
    else if (current) current.rows.push(row);
    else segments.push({ breakBefore: null, rows: [row] });
    if (basis !== null) last = basis;
  }
  return segments;
}

export function growthBars(row: GrowthRow, lang: Lang, t: TFunction): HBarRow[] {
  const name = row.indicator.name[lang];
  const actual = row.growth2023;
  const required = row.required2024;
  const actualText = actual
    ? formatScaled({ value: actual.growthPct, unit: '%', qualifier: actual.growthQualifier }, lang)
    : t('clusters.notGiven');
  const requiredText = required ? formatScaled({ value: required.value, unit: '%', approx: true }, lang) : t('clusters.cannotDerive');
  return [
    {
      key: `${row.indicator.id}-g2023`,
      axisLabel: t('clusters.axisGrowth2023'),
      value: actual ? Math.max(0, actual.growthPct) : 0,
      kind: 'actual',
      label: actualText,
      ariaLabel: `${name}, ${t('clusters.growth2023')}: ${actualText}`,
    },
    {
      key: `${row.indicator.id}-g2024`,
      axisLabel: t('clusters.axisRequired2024'),
      value: required ? Math.max(0, required.value) : 0,
      kind: 'derived',
      label: requiredText,
      ariaLabel: `${name}, ${t('clusters.required2024')}: ${requiredText}`,
    },
  ];
}

/** The arithmetic behind a derived value, in the reader's units: 1300 ÷ (1 + 27%). */
export function derivationFormula(derived: DerivedValue, lang: Lang): string {
  const n = (value: number | null) => formatScaled({ value: value ?? 0, unit: derived.inputs[0]?.unit ?? derived.unit }, lang);
  if (derived.formula === 'implied-previous') {
    const [actual] = derived.inputs;
    return `${n(actual?.value ?? null)} ÷ (1 + ${actual?.growthPct ?? 0}%)`;
  }
  const [actual, target] = derived.inputs;
  return `${n(target?.value ?? null)} ÷ ${n(actual?.value ?? null)} − 1`;
}

export function largest(rows: readonly HBarRow[][]): number {
  return Math.max(1, ...rows.flat().map((r) => r.value));
}
