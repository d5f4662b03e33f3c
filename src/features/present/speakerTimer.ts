/**
 * The speaker's stopwatch and rehearsal budget: pure, so every rule is unit-tested
 * without a clock. Times are milliseconds on the caller's clock (performance.now()).
 */

export interface Stopwatch {
  running: boolean;
  /** When it last started, while running. */
  since: number;
  /** Time counted before it last started. */
  banked: number;
}

export const STOPPED: Stopwatch = { running: false, since: 0, banked: 0 };

export function elapsed(watch: Stopwatch, now: number): number {
  return watch.banked + (watch.running ? Math.max(0, now - watch.since) : 0);
}

export function startStop(watch: Stopwatch, now: number): Stopwatch {
  return watch.running ? { running: false, since: 0, banked: elapsed(watch, now) } : { running: true, since: now, banked: watch.banked };
}

/** "12:05", or "1:02:05" past an hour; never negative. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The rehearsal's total budgets, in minutes; 10 by default. */
export const BUDGET_MINUTES = [5, 10, 15, 20, 30, 45, 60] as const;
export const DEFAULT_BUDGET_MINUTES = 10;

/** Each slide's share of the total budget. */
export function slideBudget(totalMinutes: number, slides: number): number {
  return slides > 0 ? (totalMinutes * 60_000) / slides : 0;
}

export type Pace = 'within' | 'over';

/** How a slide's time stands against its share: over once it has run past it, and by how much. */
export function pace(onSlide: number, budget: number): { pace: Pace; over: number } {
  return onSlide > budget ? { pace: 'over', over: onSlide - budget } : { pace: 'within', over: 0 };
}
