import type { AnyValue, Dataset, Indicator } from './schema';
import { assessTarget, type OutcomeInput, type TargetOutcome } from './outcome';
import { documentById, valuesFromAllDocuments } from './selectors';

export interface TargetWithOutcome {
  indicator: Indicator;
  target: AnyValue;
  outcome: TargetOutcome;
}

/**
 * Every target of the dataset (from every document) with what happened to it:
 * the outcomes are the same indicator's actual values for the same year, from
 * any document. A value whose document is not in the registry is left out here;
 * the dataset check rejects such a dataset before any view sees it.
 */
export function targetOutcomes(dataset: Dataset, filter: (target: AnyValue) => boolean = () => true): TargetWithOutcome[] {
  return dataset.indicators.flatMap((indicator) => {
    const values = valuesFromAllDocuments(indicator);
    return values
      .filter((v) => v.kind === 'target' && filter(v))
      .map((target) => {
        const outcomes: OutcomeInput[] = values
          .filter((v) => v.kind === 'actual' && v.year === target.year)
          .flatMap((value) => {
            const document = documentById(dataset, value.doc);
            return document ? [{ value, document }] : [];
          });
        return { indicator, target, outcome: assessTarget(target, outcomes, indicator.polarity) };
      });
  });
}

/** The 2024 report's own targets (the 107 the targets view lists). */
export function primaryTargetOutcomes(dataset: Dataset): TargetWithOutcome[] {
  const primary = new Set(dataset.indicators.flatMap((i) => i.values.map((v) => v.id)));
  return targetOutcomes(dataset, (target) => primary.has(target.id));
}

/** The outcome value that decides a target's status, if one does. */
export function decidingOutcome({ indicator, outcome }: Pick<TargetWithOutcome, 'indicator' | 'outcome'>): AnyValue | undefined {
  if (!outcome.decided || !outcome.decidedBy) return undefined;
  return valuesFromAllDocuments(indicator).find((v) => v.id === outcome.decidedBy);
}
