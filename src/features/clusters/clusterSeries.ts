import type { Dataset, Indicator, PrintedValue } from '../../shared/dataset/schema';
import { findValue, indicatorById, valuesOf } from '../../shared/dataset/selectors';
import { impliedPrevious, requiredGrowth, type DerivedValue } from '../../shared/dataset/derived';

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

export interface SizeRow {
  indicator: Indicator;
  /** The 2022 size implied by the 2023 growth, when the report gives both. */
  implied2022: Bar | null;
  actual2023: Bar | null;
  target2024: Bar | null;
}

export interface GrowthRow {
  indicator: Indicator;
  /** The printed 2023 growth. */
  growth2023: (PrintedValue & { growthPct: number }) | null;
  /** The growth the 2024 target requires over the 2023 size (derived). */
  required2024: DerivedValue | null;
}

function printedBar(value: PrintedValue | undefined, kind: 'actual' | 'target'): Bar | null {
  return value && value.value !== null ? { kind, printed: { ...value, value: value.value } } : null;
}

/** A 2024 target that states a level (突破1500亿元), not a change. */
function levelTarget(indicator: Indicator): PrintedValue | undefined {
  return valuesOf(indicator, 2024, 'target').find((v) => v.value !== null);
}

export function sizeRow(indicator: Indicator): SizeRow {
  const actual = findValue(indicator, 2023, 'actual');
  const implied = actual ? impliedPrevious(actual) : null;
  return {
    indicator,
    implied2022: implied ? { kind: 'derived', derived: implied } : null,
    actual2023: printedBar(actual, 'actual'),
    target2024: printedBar(levelTarget(indicator), 'target'),
  };
}

export function growthRow(indicator: Indicator): GrowthRow {
  const actual = findValue(indicator, 2023, 'actual');
  const target = levelTarget(indicator);
  return {
    indicator,
    growth2023: actual?.growthPct !== undefined ? { ...actual, growthPct: actual.growthPct } : null,
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
  return rowsFor(dataset, CLUSTER_IDS).map(sizeRow);
}

export function clusterGrowthRows(dataset: Dataset): GrowthRow[] {
  return rowsFor(dataset, CLUSTER_IDS).map(growthRow);
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
    highTech: highTech ? sizeRow(highTech) : null,
    highTechGrowth: highTech ? growthRow(highTech) : null,
    highTechShare: shareValue && shareValue.value !== null ? { ...shareValue, value: shareValue.value } : null,
    newCityDigital: digital && digitalValue && digitalValue.value !== null ? { indicator: digital, value: { ...digitalValue, value: digitalValue.value } } : null,
  };
}

/** The number a bar is drawn at. */
export function barValue(bar: Bar): number {
  return bar.kind === 'derived' ? bar.derived.value : bar.printed.value;
}

/** Recharts wants flat records; one per indicator, one key per year. */
export interface SizeDatum {
  id: string;
  y2022: number | null;
  y2023: number | null;
  y2024: number | null;
}

export function sizeChartData(rows: readonly SizeRow[]): SizeDatum[] {
  return rows.map((row) => ({
    id: row.indicator.id,
    y2022: row.implied2022 ? barValue(row.implied2022) : null,
    y2023: row.actual2023 ? barValue(row.actual2023) : null,
    y2024: row.target2024 ? barValue(row.target2024) : null,
  }));
}

export interface GrowthDatum {
  id: string;
  g2023: number | null;
  g2024: number | null;
}

export function growthChartData(rows: readonly GrowthRow[]): GrowthDatum[] {
  return rows.map((row) => ({
    id: row.indicator.id,
    g2023: row.growth2023?.growthPct ?? null,
    g2024: row.required2024?.value ?? null,
  }));
}
