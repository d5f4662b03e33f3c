import type { Dataset, Indicator, PrintedValue } from '../../shared/dataset/schema';
import { findValue, indicatorById, valuesOf } from '../../shared/dataset/selectors';
import { primaryTargetOutcomes, type TargetWithOutcome } from '../../shared/dataset/targetOutcomes';
import { hasFigure, hasGrowth } from '../../shared/dataset/narrow';

/** What happened to each of the report's targets, by the target's id. */
export function outcomesById(dataset: Dataset): Map<string, TargetWithOutcome> {
  return new Map(primaryTargetOutcomes(dataset).map((row) => [row.target.id, row]));
}

/** The headline 2023 results the report opens with, in its order. */
export const HEADLINE_IDS = [
  'gdp',
  'budget-revenue',
  'industrial-output',
  'industrial-investment',
  'foreign-trade',
  'fdi',
  'high-tech-enterprises',
  'construction-output',
  'retail-sales',
  'service-value-added',
] as const;

export interface KpiTileModel {
  indicator: Indicator;
  actual: PrintedValue & { value: number };
  targets: PrintedValue[];
}

export function headlineTiles(dataset: Dataset): KpiTileModel[] {
  return HEADLINE_IDS.flatMap((id) => {
    const indicator = indicatorById(dataset, id);
    const actual = indicator && findValue(indicator, 2023, 'actual');
    if (!indicator || !actual || !hasFigure(actual)) return [];
    return [{ indicator, actual, targets: valuesOf(indicator, 2024, 'target') }];
  });
}

export interface TargetRow {
  indicator: Indicator;
  target: PrintedValue & { growthPct: number };
  /** The 2023 growth of the same indicator, or null where the report states none. */
  actual2023: (PrintedValue & { growthPct: number }) | null;
}

/** The order in which the report lists its main expected targets (a test checks it against the text). */
export const TARGET_ORDER = [
  'gdp',
  'budget-revenue',
  'retail-sales',
  'fixed-asset-investment',
  'industrial-output',
  'industrial-investment',
] as const;

const targetRank = (id: string) => {
  const rank = (TARGET_ORDER as readonly string[]).indexOf(id);
  return rank < 0 ? TARGET_ORDER.length : rank;
};

/** The growth targets of the report's "main expected targets" paragraph, in its order. */
export function expectedTargets(dataset: Dataset): TargetRow[] {
  const rows = dataset.indicators.flatMap((indicator) =>
    indicator.values
      .filter((value) => value.section === 'plan-overview' && value.kind === 'target')
      .filter(hasGrowth)
      .map((target) => {
        const actual = findValue(indicator, 2023, 'actual');
        return { indicator, target, actual2023: actual && hasGrowth(actual) ? actual : null };
      }),
  );
  return rows.sort((a, b) => targetRank(a.indicator.id) - targetRank(b.indicator.id));
}
