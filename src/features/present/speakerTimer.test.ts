import { describe, expect, it } from 'vitest';
import { STOPPED, elapsed, formatDuration, pace, slideBudget, startStop } from './speakerTimer';

describe('the speaker’s stopwatch', () => {
  it('starts, pauses, resumes and counts only running time', () => {
    const started = startStop(STOPPED, 1000);
    expect(elapsed(started, 4000)).toBe(3000);
    const paused = startStop(started, 5000);
    expect(elapsed(paused, 60_000)).toBe(4000);
    const resumed = startStop(paused, 70_000);
    expect(elapsed(resumed, 71_000)).toBe(5000);
    expect(elapsed(STOPPED, 99_000)).toBe(0);
  });

  it('writes durations as a clock does', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_400)).toBe('1:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(-5)).toBe('0:00');
  });

  it('shares the rehearsal budget between the slides and says when a slide runs over', () => {
    expect(slideBudget(10, 14)).toBeCloseTo(42_857, 0);
    expect(pace(40_000, slideBudget(10, 14))).toEqual({ pace: 'within', over: 0 });
    expect(pace(50_000, 40_000)).toEqual({ pace: 'over', over: 10_000 });
  });
});
