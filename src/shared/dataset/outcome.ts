import type { OUTCOME_STATUSES } from './codes';
import type { AnyValue, DocumentKind, Polarity, SourceDocument } from './schema';

/**
 * What happened to a target: one pure function from the target as printed
 * and the outcomes as printed for the same indicator and year. Every branch is
 * a row of the rule table in the README ("Targets and outcomes"), named by its
 * rule id, and tested row by row in outcome.test.ts.
 *
 * It never derives a rate from levels or a level from a rate: a target and an
 * outcome that do not state the same kind of figure, on the same unit and
 * basis, are "not comparable". Where a rule cannot decide, it says so instead
 * of guessing; the dataset check then rejects the dataset (datasetChecks.ts).
 */

export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** The rows of the rule table. */
export type RuleId =
  | 'R1-qualitative'
  | 'R2-no-outcome'
  | 'R3-rate-target-level-outcome'
  | 'R4-level-target-rate-outcome'
  | 'R5-basis-changed'
  | 'R6-at-least'
  | 'R7-more-than'
  | 'R8-about'
  | 'R9-approximate-outcome'
  | 'R10-lower-bound-outcome'
  | 'R11-nearly-outcome';

/** Why one outcome decides when two documents report one (rule R13). */
export type DecisionReason = 'only-outcome' | 'only-testable' | 'document-kind' | 'final-over-preliminary' | 'later-document' | 'all-agree';

type Figure = Pick<AnyValue, 'id' | 'year' | 'kind' | 'value' | 'unit' | 'growthPct' | 'basis' | 'notes'> & {
  qualifier?: string | undefined;
  growthQualifier?: string | undefined;
  aim?: unknown;
  ratio?: readonly number[] | undefined;
};

export interface OutcomeInput {
  value: Figure;
  document: Pick<SourceDocument, 'id' | 'kind' | 'date'>;
}

export interface Assessment {
  outcomeId: string;
  doc: string;
  status: Exclude<OutcomeStatus, 'qualitative' | 'not-yet-reported'>;
  rule: RuleId;
  /** Which printed figures were compared: the rates, or the levels. */
  test?: 'rate' | 'level';
}

export type TargetOutcome =
  | {
      decided: true;
      status: OutcomeStatus;
      /** The rule of the deciding assessment, or R1/R2 when there is nothing to assess. */
      rule: RuleId;
      assessments: Assessment[];
      /** The outcome that decides, when there is at least one. */
      decidedBy?: string;
      why?: DecisionReason;
    }
  | { decided: false; reason: string; assessments: Assessment[] };

/** Qualifiers a target can carry, as claims about the outcome. */
const AT_LEAST = new Set(['以上', '达', '增至', '恢复至', '保持']);
const MORE_THAN = new Set(['超', '突破', '余']);
const ABOUT = new Set(['左右', '约']);

/** How far short of a target still counts as "about met": 0.5 percentage point for rates and shares, 1% for other levels. */
export function tolerance(target: number, isRate: boolean): number {
  return isRate ? 0.5 : Math.abs(target) * 0.01;
}

// Printed figures have at most a few decimals; this keeps 5.5 − 5 − 0.5 from landing a hair off zero.
const EPSILON = 1e-9;

type Claim = 'at-least' | 'more-than' | 'about';

function claimOf(qualifier: string | undefined): Claim | null {
  if (qualifier === undefined || AT_LEAST.has(qualifier)) return 'at-least';
  if (MORE_THAN.has(qualifier)) return 'more-than';
  if (ABOUT.has(qualifier)) return 'about';
  return null;
}

const CLAIM_RULE: Record<Claim, RuleId> = { 'at-least': 'R6-at-least', 'more-than': 'R7-more-than', about: 'R8-about' };

type Verdict = { status: Assessment['status']; rule: RuleId } | { undecided: string };

/**
 * Rows R6–R11: one printed number against another. `direction` is −1 for
 * lower-is-better indicators (R12), where the gap is measured downwards.
 */
export function compareNumbers(
  target: { n: number; qualifier: string | undefined },
  outcome: { n: number; qualifier: string | undefined },
  isRate: boolean,
  direction: 1 | -1,
): Verdict {
  const claim = claimOf(target.qualifier);
  if (claim === null) return { undecided: `a target qualified "${target.qualifier}" states no testable claim` };
  const tol = tolerance(target.n, isRate);
  const at = (x: number): Assessment['status'] => {
    const gap = direction * (x - target.n);
    if (claim === 'about' ? gap > tol + EPSILON : claim === 'more-than' ? gap > EPSILON : gap >= -EPSILON) return 'met';
    return gap >= -tol - EPSILON ? 'about-met' : 'missed';
  };
  const q = outcome.qualifier;
  if (q === undefined || (AT_LEAST.has(q) && q !== '以上')) return { status: at(outcome.n), rule: CLAIM_RULE[claim] };
  const outcomeTol = tolerance(outcome.n, isRate);
  if (ABOUT.has(q)) {
    const low = at(outcome.n - outcomeTol);
    const high = at(outcome.n + outcomeTol);
    return { status: low === high ? low : 'about-met', rule: 'R9-approximate-outcome' };
  }
  if (q === '近') {
    const low = at(outcome.n - outcomeTol);
    const high = at(outcome.n - EPSILON * 10);
    return { status: low === high ? low : 'about-met', rule: 'R11-nearly-outcome' };
  }
  if (q === '以上' || MORE_THAN.has(q)) {
    const justAbove = at(outcome.n + EPSILON * 10);
    const farAbove = at(outcome.n + 1e12);
    if (justAbove === farAbove) return { status: justAbove, rule: 'R10-lower-bound-outcome' };
    return {
      undecided: `the outcome is printed only as "${q}${outcome.n}" (a lower bound), which does not settle a target of ${target.qualifier ?? ''}${target.n}`,
    };
  }
  return { undecided: `an outcome qualified "${q}" cannot be tested` };
}

const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };

/** A unit without its scale word: 亿元 and 万元 are both 元; 亿美元 is 美元, another currency. */
export function unitFamily(unit: string): { family: string; scale: number } {
  const head = unit[0] ?? '';
  const scale = SCALE[head];
  return scale !== undefined && unit.length > 1 ? { family: unit.slice(1), scale } : { family: unit, scale: 1 };
}

/** One outcome against the target: rows R3–R11. */
function assessOne(target: Figure, outcome: Figure, direction: 1 | -1): Verdict & { test?: 'rate' | 'level' } {
  if (target.growthPct !== undefined && outcome.growthPct !== undefined) {
    const verdict = compareNumbers(
      { n: target.growthPct, qualifier: target.growthQualifier },
      { n: outcome.growthPct, qualifier: outcome.growthQualifier },
      true,
      direction,
    );
    return { ...verdict, test: 'rate' };
  }
  if (target.value !== null && outcome.value !== null) {
    const t = unitFamily(target.unit);
    const o = unitFamily(outcome.unit);
    if (t.family !== o.family || target.basis !== outcome.basis) return { status: 'not-comparable', rule: 'R5-basis-changed' };
    // A change of scale only (1.4万人 against 8000人) is a unit conversion, not a derived figure.
    const verdict = compareNumbers(
      { n: target.value, qualifier: target.qualifier },
      { n: (outcome.value * o.scale) / t.scale, qualifier: outcome.qualifier },
      target.unit === '%',
      direction,
    );
    return { ...verdict, test: 'level' };
  }
  if (target.growthPct !== undefined) return { status: 'not-comparable', rule: 'R3-rate-target-level-outcome' };
  return { status: 'not-comparable', rule: 'R4-level-target-rate-outcome' };
}

/** Statistics outrank the government's estimates, which outrank the press. */
const KIND_RANK: Record<DocumentKind, number> = { 'statistical-bulletin': 4, yearbook: 3, 'work-report': 2, news: 1 };

const isPreliminary = (v: Figure) => (v.notes as readonly string[] | undefined)?.includes('preliminary') === true;

/** −1, 0 or 1 when two partial dates (2025, 2025-01, 2025-01-06) can be ordered; null when their precision cannot tell. */
export function compareDates(a: string, b: string): number | null {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  if (x !== y) return x < y ? -1 : 1;
  return a.length === b.length ? 0 : null;
}

/** Rule R13: which of several outcomes decides. Positive when `a` outranks `b`; null when they cannot be ordered. */
function outranks(a: OutcomeInput, b: OutcomeInput): { order: number; why: DecisionReason } | null {
  const kind = KIND_RANK[a.document.kind] - KIND_RANK[b.document.kind];
  if (kind !== 0) return { order: kind, why: 'document-kind' };
  const final = Number(isPreliminary(b.value)) - Number(isPreliminary(a.value));
  if (final !== 0) return { order: final, why: 'final-over-preliminary' };
  const date = compareDates(a.document.date, b.document.date);
  if (date === null || date === 0) return null;
  return { order: date, why: 'later-document' };
}

/**
 * The outcome of one target. `outcomes` are the actual values of the same
 * indicator and year from every document, each with its document.
 */
export function assessTarget(target: Figure, outcomes: readonly OutcomeInput[], polarity: Polarity): TargetOutcome {
  if (target.value === null && target.growthPct === undefined) {
    return { decided: true, status: 'qualitative', rule: 'R1-qualitative', assessments: [] };
  }
  if (outcomes.length === 0) return { decided: true, status: 'not-yet-reported', rule: 'R2-no-outcome', assessments: [] };

  const direction = polarity === 'lower-is-better' ? -1 : 1;
  const assessed: Assessed[] = [];
  for (const input of outcomes) {
    const verdict = assessOne(target, input.value, direction);
    const assessments = assessed.map((a) => a.assessment);
    if ('undecided' in verdict) return { decided: false, reason: `${input.value.id}: ${verdict.undecided}`, assessments };
    const assessment: Assessment = {
      outcomeId: input.value.id,
      doc: input.document.id,
      status: verdict.status,
      rule: verdict.rule,
      ...(verdict.test ? { test: verdict.test } : {}),
    };
    assessed.push({ input, assessment });
  }
  const assessments = assessed.map((a) => a.assessment);

  const testable = assessed.filter((a) => a.assessment.status !== 'not-comparable');
  const pool = testable.length > 0 ? testable : assessed;
  let best: Assessed | undefined;
  for (const other of pool) {
    if (best === undefined) {
      best = other;
      continue;
    }
    const rank = outranks(other.input, best.input);
    if (rank === null && other.assessment.status !== best.assessment.status) {
      return {
        decided: false,
        reason: `${best.input.value.id} and ${other.input.value.id} disagree and neither outranks the other (same kind of document and standing, dates ${best.input.document.date} and ${other.input.document.date})`,
        assessments,
      };
    }
    if (rank !== null && rank.order > 0) best = other;
  }
  if (best === undefined) return { decided: true, status: 'not-yet-reported', rule: 'R2-no-outcome', assessments };
  return {
    decided: true,
    status: best.assessment.status,
    rule: best.assessment.rule,
    assessments,
    decidedBy: best.assessment.outcomeId,
    why: whyDecides(best, pool, outcomes.length),
  };
}

interface Assessed {
  input: OutcomeInput;
  assessment: Assessment;
}

/** The reason the deciding outcome beats its closest rival: the weakest of its wins. */
function whyDecides(best: Assessed, pool: readonly Assessed[], outcomeCount: number): DecisionReason {
  if (outcomeCount === 1) return 'only-outcome';
  if (pool.length === 1) return 'only-testable';
  const strength: DecisionReason[] = ['all-agree', 'later-document', 'final-over-preliminary', 'document-kind'];
  const reasons = pool.filter((o) => o !== best).map((o) => outranks(best.input, o.input)?.why ?? 'all-agree');
  return reasons.reduce((weakest, r) => (strength.indexOf(r) < strength.indexOf(weakest) ? r : weakest));
}
