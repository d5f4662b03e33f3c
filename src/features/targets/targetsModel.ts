import type { Dataset, SectionId } from '../../shared/dataset/schema';
import { OUTCOME_STATUSES } from '../../shared/dataset/codes';
import type { OutcomeStatus } from '../../shared/dataset/outcome';
import { primaryTargetOutcomes, type TargetWithOutcome } from '../../shared/dataset/targetOutcomes';

/**
 * The targets view's rows: every target of the 2024 report with what happened to it, in the
 * report's order, with counts by status and the filters of the address. No pixels here.
 */

export interface TargetRow extends TargetWithOutcome {
  status: OutcomeStatus;
  section: SectionId;
  order: number;
}

export function targetRows(dataset: Dataset): TargetRow[] {
  return primaryTargetOutcomes(dataset).flatMap((row, order) => {
    // An undecided outcome never reaches a view: the dataset check rejects the dataset first.
    if (!row.outcome.decided || !('section' in row.target)) return [];
    return [{ ...row, status: row.outcome.status, section: row.target.section, order }];
  });
}

export function countByStatus(rows: readonly TargetRow[]): Record<OutcomeStatus, number> {
  const counts = Object.fromEntries(OUTCOME_STATUSES.map((status) => [status, 0])) as Record<OutcomeStatus, number>;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

export function filterTargets(rows: readonly TargetRow[], status: OutcomeStatus | null, section: SectionId | null): TargetRow[] {
  return rows.filter((row) => (status === null || row.status === status) && (section === null || row.section === section));
}

/** Sorted by status (what happened first, then the quiet ones), or in the report's order. */
export function sortTargets(rows: readonly TargetRow[], byStatus: boolean): TargetRow[] {
  if (!byStatus) return [...rows].sort((a, b) => a.order - b.order);
  return [...rows].sort((a, b) => OUTCOME_STATUSES.indexOf(a.status) - OUTCOME_STATUSES.indexOf(b.status) || a.order - b.order);
}
