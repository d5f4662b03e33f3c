import type { Basis, CitedValue, Dataset, Indicator, PrintedValue, SourceDocument } from '../../shared/dataset/schema';
import { citedValues, documentById, findValue, indicatorById, valuesOf } from '../../shared/dataset/selectors';
import { impliedPrevious, requiredGrowth, type DerivedValue } from '../../shared/dataset/derived';
import { hasFigure, hasGrowth } from '../../shared/dataset/narrow';

/**
 * Shapes the industry-cluster figures into chart series: no pixels here.
 * A bar is either a printed value (2023 actual, 2024 target) or a derived one
 * (the 2022 size implied by the 2023 growth; the growth a 2024 target needs).
 */

/** The four clusters of the "333+N" programme that the report sizes, in its order. */
export const CLUSTER_IDS = ['cluster-robotics', 'cluster-ngit', 'cluster-biomed', 'cluster-nev'] as const;

/** Industry measures outside the programme, shown beside it and kept apart. */
export const HIGH_TECH_OUTPUT_ID = 'high-tech-output';
export const HIGH_TECH_SHARE_ID = 'high-tech-share';
export const NEW_CITY_DIGITAL_ID = 'digital-economy-new-city';

export type Bar = { kind: 'derived'; derived: DerivedValue } | { kind: 'actual' | 'target'; printed: PrintedValue & { value: number } };

/**
 * A 2021 or 2022 figure of another document (the 2022 work report, a news report): printed, so
 * drawn as printed, with its document to cite and its basis (规上产值 or 产业规模) to show.
 */
export interface CitedBar {
  kind: 'actual' | 'target';
  cited: CitedValue & { value: number };
  document: SourceDocument | undefined;
}

/** The years before the report's own whose printed figures the clusters view shows. */
export const EARLIER_YEARS = [2021, 2022] as const;

export interface SizeRow {
  indicator: Indicator;
  /**
   * Printed 2021 results and 2022 targets of other documents, by year; within a year a figure
   * on another basis than the report's comes first, so a break of basis falls between two figures.
   */
  earlier: CitedBar[];
  /** The 2022 size implied by the 2023 growth, when the report gives both. */
  implied2022: Bar | null;
  actual2023: Bar | null;
  target2024: Bar | null;
}

export interface GrowthRow {
  indicator: Indicator;
  /** Growth rates other documents state for 2021, each on its own basis (规上产值 for two clusters). */
  earlier: { cited: CitedValue & { growthPct: number }; document: SourceDocument | undefined }[];
  /** The printed 2023 growth. */
  growth2023: (PrintedValue & { growthPct: number }) | null;
  /** The growth the 2024 target requires over the 2023 size (derived). */
  required2024: DerivedValue | null;
}

function printedBar(value: PrintedValue | undefined, kind: 'actual' | 'target'): Bar | null {
  return value && hasFigure(value) ? { kind, printed: value } : null;
}

/** A 2024 target that states a level (突破1500亿元), not a change. */
function levelTarget(indicator: Indicator): PrintedValue | undefined {
  return valuesOf(indicator, 2024, 'target').find((v) => v.value !== null);
}

/** The basis the 2024 report's figures of an indicator are on (产业规模 for the clusters). */
export function reportBasis(indicator: Indicator): Basis | null {
  return indicator.values.find((v) => v.basis !== undefined)?.basis ?? null;
}

function earlierBars(dataset: Dataset | null, indicator: Indicator): CitedBar[] {
  const basis = reportBasis(indicator);
  const rank = (v: CitedValue) => v.year * 4 + (v.basis !== undefined && v.basis === basis ? 2 : 0) + (v.kind === 'actual' ? 0 : 1);
  return citedValues(indicator)
    .filter((v): v is CitedValue & { value: number } => v.value !== null && (EARLIER_YEARS as readonly number[]).includes(v.year))
    .map((cited, index) => ({ cited, index }))
    .sort((a, b) => rank(a.cited) - rank(b.cited) || a.index - b.index)
    .map(({ cited }) => ({ kind: cited.kind, cited, document: dataset ? documentById(dataset, cited.doc) : undefined }));
}

export function sizeRow(indicator: Indicator, dataset: Dataset | null = null): SizeRow {
  const actual = findValue(indicator, 2023, 'actual');
  const implied = actual ? impliedPrevious(actual) : null;
  return {
    indicator,
    earlier: earlierBars(dataset, indicator),
    implied2022: implied ? { kind: 'derived', derived: implied } : null,
    actual2023: printedBar(actual, 'actual'),
    target2024: printedBar(levelTarget(indicator), 'target'),
  };
}

export function growthRow(indicator: Indicator, dataset: Dataset | null = null): GrowthRow {
  const actual = findValue(indicator, 2023, 'actual');
  const target = levelTarget(indicator);
  return {
    indicator,
    earlier: citedValues(indicator)
      .filter(
        (v): v is CitedValue & { growthPct: number } =>
          v.kind === 'actual' && v.growthPct !== undefined && (EARLIER_YEARS as readonly number[]).includes(v.year),
      )
      .map((cited) => ({ cited, document: dataset ? documentById(dataset, cited.doc) : undefined })),
    growth2023: actual && hasGrowth(actual) ? actual : null,
    required2024: actual && target ? requiredGrowth(actual, target) : null,
  };
}

function rowsFor(dataset: Dataset, ids: readonly string[]): Indicator[] {
  return ids.flatMap((id) => {
    const indicator = indicatorById(dataset, id);
    return indicator ? [indicator] : [];
  });
}

export function clusterSizeRows(dataset: Dataset): SizeRow[] {
  return rowsFor(dataset, CLUSTER_IDS).map((indicator) => sizeRow(indicator, dataset));
}

export function clusterGrowthRows(dataset: Dataset): GrowthRow[] {
  return rowsFor(dataset, CLUSTER_IDS).map((indicator) => growthRow(indicator, dataset));
}

export interface OtherMeasures {
  highTech: SizeRow | null;
  highTechGrowth: GrowthRow | null;
  highTechShare: (PrintedValue & { value: number }) | null;
  newCityDigital: { indicator: Indicator; value: PrintedValue & { value: number } } | null;
}

export function otherMeasures(dataset: Dataset): OtherMeasures {
  const highTech = indicatorById(dataset, HIGH_TECH_OUTPUT_ID);
  const share = indicatorById(dataset, HIGH_TECH_SHARE_ID);
  const shareValue = share && findValue(share, 2023, 'actual');
  const digital = indicatorById(dataset, NEW_CITY_DIGITAL_ID);
  const digitalValue = digital && findValue(digital, 2023, 'actual');
  return {
    highTech: highTech ? sizeRow(highTech, dataset) : null,
    highTechGrowth: highTech ? growthRow(highTech, dataset) : null,
    highTechShare: shareValue && hasFigure(shareValue) ? shareValue : null,
    newCityDigital: digital && digitalValue && hasFigure(digitalValue) ? { indicator: digital, value: digitalValue } : null,
  };
}
