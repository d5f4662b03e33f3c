import { describe, expect, it } from 'vitest';
import { assessTarget, compareDates, tolerance, unitFamily, type OutcomeInput, type RuleId, type TargetOutcome } from './outcome';
import type { CitedUnitCode, DocumentKind, Polarity } from './schema';

/*
 * One test per row of the rule table in the README ("Targets and outcomes"),
 * plus the edges of each row. Targets and outcomes are written as printed.
 */

type Fig = Parameters<typeof assessTarget>[0];
let n = 0;
const target = (f: Partial<Fig>): Fig => ({ id: `t${++n}`, year: 2024, kind: 'target', value: null, unit: '亿元', ...f });
const actual = (f: Partial<Fig>): Fig => ({ id: `a${++n}`, year: 2024, kind: 'actual', value: null, unit: '亿元', ...f });
const doc = (id: string, kind: DocumentKind = 'work-report', date = '2025-01-06') => ({ id, kind, date });
const from = (value: Fig, document = doc('WZ-GWR-2025')): OutcomeInput => ({ value, document });

function decided(result: TargetOutcome): { status: string; rule: RuleId } {
  if (!result.decided) throw new Error(`undecided: ${result.reason}`);
  return { status: result.status, rule: result.rule };
}

const rate = (growthPct: number, growthQualifier?: string) => ({ growthPct, ...(growthQualifier ? { growthQualifier } : {}) });
const level = (value: number, qualifier?: string, unit: CitedUnitCode = '亿元') => ({ value, unit, ...(qualifier ? { qualifier } : {}) });

function outcomeOf(t: Partial<Fig>, o: Partial<Fig>, polarity: Polarity = 'higher-is-better') {
  return decided(assessTarget(target(t), [from(actual(o))], polarity));
}

describe('the outcome rule table', () => {
  it('R1: a target with no number is qualitative, whatever is reported', () => {
    expect(decided(assessTarget(target({ aim: { zh: '保持正增长', en: 'keep growing' } }), [], 'higher-is-better'))).toEqual({
      status: 'qualitative',
      rule: 'R1-qualitative',
    });
    expect(outcomeOf({ aim: { zh: '保持正增长', en: 'keep growing' } }, rate(4.9))).toEqual({
      status: 'qualitative',
      rule: 'R1-qualitative',
    });
  });

  it('R2: a target with no outcome for its indicator and year is not yet reported', () => {
    expect(decided(assessTarget(target(rate(5, '以上')), [], 'higher-is-better'))).toEqual({
      status: 'not-yet-reported',
      rule: 'R2-no-outcome',
    });
  });

  it('R3: a growth target against an outcome that gives only a level is not comparable (no rate is derived from levels)', () => {
    expect(outcomeOf(rate(5), level(500))).toEqual({ status: 'not-comparable', rule: 'R3-rate-target-level-outcome' });
  });

  it('R4: a level target against an outcome that gives only a rate is not comparable', () => {
    expect(outcomeOf(level(1000, '突破'), rate(6, '左右'))).toEqual({ status: 'not-comparable', rule: 'R4-level-target-rate-outcome' });
  });

  it('R5: levels in another currency or on another basis are not comparable; a change of scale alone is converted', () => {
    expect(outcomeOf(level(100, undefined, '亿美元'), level(797.1))).toEqual({ status: 'not-comparable', rule: 'R5-basis-changed' });
    expect(outcomeOf({ ...level(1600), basis: 'before-fifth-census' }, { ...level(2005.7), basis: 'after-fifth-census' })).toEqual({
      status: 'not-comparable',
      rule: 'R5-basis-changed',
    });
    expect(outcomeOf(level(8000, undefined, '人'), level(1.4, undefined, '万人'))).toEqual({ status: 'met', rule: 'R6-at-least' });
  });

  it('R6: "at least X" (以上, 达, plain X …) is met at X or above, about met within the tolerance below, missed further below', () => {
    expect(outcomeOf(rate(5, '以上'), rate(5.5))).toEqual({ status: 'met', rule: 'R6-at-least' });
    expect(outcomeOf(rate(5, '以上'), rate(5))).toEqual({ status: 'met', rule: 'R6-at-least' });
    expect(outcomeOf(rate(5, '以上'), rate(4.5))).toEqual({ status: 'about-met', rule: 'R6-at-least' });
    expect(outcomeOf(rate(5, '以上'), rate(4.4))).toEqual({ status: 'missed', rule: 'R6-at-least' });
    expect(outcomeOf(level(800, '达'), level(792))).toEqual({ status: 'about-met', rule: 'R6-at-least' });
    expect(outcomeOf(level(800, '达'), level(791.9))).toEqual({ status: 'missed', rule: 'R6-at-least' });
    // The example: 2024 target industrial investment +10% against +6.6% (WZ-GWR-2025).
    expect(outcomeOf(rate(10), { ...level(158), ...rate(6.6) })).toEqual({ status: 'missed', rule: 'R6-at-least' });
  });

  it('R7: "more than X" (超, 突破, 余) is met only above X; X itself is about met', () => {
    expect(outcomeOf(level(1500, '突破'), level(1501))).toEqual({ status: 'met', rule: 'R7-more-than' });
    expect(outcomeOf(level(1500, '突破'), level(1500))).toEqual({ status: 'about-met', rule: 'R7-more-than' });
    expect(outcomeOf(level(1500, '超'), level(1485))).toEqual({ status: 'about-met', rule: 'R7-more-than' });
    expect(outcomeOf(level(1500, '超'), level(1484))).toEqual({ status: 'missed', rule: 'R7-more-than' });
  });

  it('R8: "about X" (左右, 约) is about met within the tolerance either side, met above it, missed below it', () => {
    expect(outcomeOf(rate(8, '左右'), rate(8.5))).toEqual({ status: 'about-met', rule: 'R8-about' });
    expect(outcomeOf(rate(8, '左右'), rate(7.5))).toEqual({ status: 'about-met', rule: 'R8-about' });
    expect(outcomeOf(rate(8, '左右'), rate(8.6))).toEqual({ status: 'met', rule: 'R8-about' });
    expect(outcomeOf(rate(8, '左右'), rate(7.4))).toEqual({ status: 'missed', rule: 'R8-about' });
    expect(outcomeOf(level(50, '左右', '%'), level(49.5, undefined, '%'))).toEqual({ status: 'about-met', rule: 'R8-about' });
  });

  it('R9: an approximate outcome (左右, 约) is read as a range; one status across it stands, else about met', () => {
    // 2024 target: retail sales +6%; outcome: about +6% (WZ-GWR-2025).
    expect(outcomeOf(rate(6), rate(6, '左右'))).toEqual({ status: 'about-met', rule: 'R9-approximate-outcome' });
    expect(outcomeOf(rate(6), rate(7, '左右'))).toEqual({ status: 'met', rule: 'R9-approximate-outcome' });
    expect(outcomeOf(rate(6), rate(4, '约'))).toEqual({ status: 'missed', rule: 'R9-approximate-outcome' });
  });

  it('R10: a lower-bound outcome (超, 突破, 以上, 余) decides only when every figure above it gives the same status', () => {
    expect(outcomeOf(level(1500, '突破'), level(1500, '超'))).toEqual({ status: 'met', rule: 'R10-lower-bound-outcome' });
    expect(outcomeOf(rate(5, '以上'), rate(5, '以上'))).toEqual({ status: 'met', rule: 'R10-lower-bound-outcome' });
    const result = assessTarget(
      target(level(1500, '突破')),
      [from(actual({ id: 'robotics-outcome', ...level(1400, '超') }))],
      'higher-is-better',
    );
    expect(result).toMatchObject({ decided: false, reason: expect.stringContaining('robotics-outcome') });
    expect(result.decided ? '' : result.reason).toContain('lower bound');
  });

  it('R11: a "nearly X" outcome (近) is read as just under X', () => {
    expect(outcomeOf(level(2000), level(2000, '近'))).toEqual({ status: 'about-met', rule: 'R11-nearly-outcome' });
    expect(outcomeOf(level(1900), level(2000, '近'))).toEqual({ status: 'met', rule: 'R11-nearly-outcome' });
    expect(outcomeOf(level(2500), level(2000, '近'))).toEqual({ status: 'missed', rule: 'R11-nearly-outcome' });
  });

  it('R12: for a lower-is-better indicator the gap is measured downwards', () => {
    expect(outcomeOf(level(28, undefined, '微克/立方米'), level(27.5, undefined, '微克/立方米'), 'lower-is-better')).toEqual({
      status: 'met',
      rule: 'R6-at-least',
    });
    expect(outcomeOf(level(28, undefined, '微克/立方米'), level(28.2, undefined, '微克/立方米'), 'lower-is-better')).toEqual({
      status: 'about-met',
      rule: 'R6-at-least',
    });
    expect(outcomeOf(rate(-10), rate(-5), 'lower-is-better')).toEqual({ status: 'missed', rule: 'R6-at-least' });
    // A neutral indicator's target is an amount to reach, read as for higher-is-better.
    expect(outcomeOf(level(8900, undefined, '亩'), level(9000, undefined, '亩'), 'neutral')).toEqual({
      status: 'met',
      rule: 'R6-at-least',
    });
  });

  it('a target qualifier that states no testable claim cannot be decided', () => {
    expect(assessTarget(target(level(2000, '近')), [from(actual(level(2100)))], 'higher-is-better')).toMatchObject({ decided: false });
  });
});

describe('R13: two documents report an outcome', () => {
  const gdpTarget = target(rate(5, '以上'));
  const preliminary = actual({ id: 'gdp@2024-wz-gwr-2025', ...rate(5.5), notes: ['preliminary'] });
  const bulletin = actual({
    id: 'gdp@2024-wz-sb-2024',
    ...level(2005.7),
    ...rate(5.3),
    notes: ['preliminaryAccounting', 'comparablePrices'],
  });

  it('assesses both and lets the statistical bulletin decide over the work report, whatever their order', () => {
    for (const outcomes of [
      [from(preliminary), from(bulletin, doc('WZ-SB-2024', 'statistical-bulletin', '2025'))],
      [from(bulletin, doc('WZ-SB-2024', 'statistical-bulletin', '2025')), from(preliminary)],
    ]) {
      const result = assessTarget(gdpTarget, outcomes, 'higher-is-better');
      expect(result).toMatchObject({ decided: true, status: 'met', decidedBy: 'gdp@2024-wz-sb-2024', why: 'document-kind' });
      expect(result.assessments.map((a) => [a.outcomeId, a.status]).sort()).toEqual([
        ['gdp@2024-wz-gwr-2025', 'met'],
        ['gdp@2024-wz-sb-2024', 'met'],
      ]);
    }
  });

  it('the deciding outcome wins even where the other says otherwise', () => {
    const result = assessTarget(
      target(rate(5.4, '以上')),
      [from(preliminary), from(bulletin, doc('WZ-SB-2024', 'statistical-bulletin', '2025'))],
      'higher-is-better',
    );
    expect(result).toMatchObject({ decided: true, status: 'about-met', decidedBy: 'gdp@2024-wz-sb-2024' });
    expect(result.assessments.find((a) => a.doc === 'WZ-GWR-2025')?.status).toBe('met');
  });

  it('among documents of one kind, a final figure beats a preliminary one, then the later document decides', () => {
    const final = actual({ id: 'final', ...rate(4) });
    const early = actual({ id: 'early', ...rate(6), notes: ['preliminary'] });
    expect(assessTarget(gdpTarget, [from(early), from(final, doc('X', 'work-report', '2024-12'))], 'higher-is-better')).toMatchObject({
      decided: true,
      status: 'missed',
      decidedBy: 'final',
      why: 'final-over-preliminary',
    });
    const later = actual({ id: 'later', ...rate(4) });
    expect(
      assessTarget(
        gdpTarget,
        [from(later, doc('B', 'news', '2025-03')), from(actual({ id: 'sooner', ...rate(6) }), doc('A', 'news', '2025-02'))],
        'higher-is-better',
      ),
    ).toMatchObject({
      decided: true,
      decidedBy: 'later',
      why: 'later-document',
    });
  });

  it('an outcome that cannot test the target does not decide while another can', () => {
    const levelOnly = actual({ id: 'level-only', ...level(500) });
    const withRate = actual({ id: 'with-rate', ...rate(6) });
    expect(
      assessTarget(gdpTarget, [from(levelOnly, doc('SB', 'statistical-bulletin', '2025')), from(withRate)], 'higher-is-better'),
    ).toMatchObject({
      decided: true,
      status: 'met',
      decidedBy: 'with-rate',
      why: 'only-testable',
    });
  });

  it('cannot decide between disagreeing outcomes of equal standing whose dates cannot be ordered', () => {
    const a = actual({ id: 'a-2025', ...rate(6) });
    const b = actual({ id: 'b-2025-01', ...rate(4) });
    const result = assessTarget(gdpTarget, [from(a, doc('A', 'news', '2025')), from(b, doc('B', 'news', '2025-01'))], 'higher-is-better');
    expect(result).toMatchObject({ decided: false, reason: expect.stringContaining('neither outranks') });
    // Agreeing ones need no ranking.
    expect(
      assessTarget(
        gdpTarget,
        [from(a, doc('A', 'news', '2025')), from({ ...b, growthPct: 7 }, doc('B', 'news', '2025-01'))],
        'higher-is-better',
      ),
    ).toMatchObject({
      decided: true,
      status: 'met',
      why: 'all-agree',
    });
  });
});

describe('helpers of the rule', () => {
  it('tolerance: 0.5 percentage point for rates and shares, 1% of the target for other levels', () => {
    expect(tolerance(5, true)).toBe(0.5);
    expect(tolerance(1500, false)).toBe(15);
  });

  it('orders partial dates only where their precision allows', () => {
    expect(compareDates('2025-01-06', '2025-02')).toBe(-1);
    expect(compareDates('2024', '2025-01-06')).toBe(-1);
    expect(compareDates('2025', '2025-01-06')).toBeNull();
    expect(compareDates('2025-01', '2025-01')).toBe(0);
  });

  it('tells a change of scale from a change of unit', () => {
    expect(unitFamily('亿元')).toEqual({ family: '元', scale: 1e8 });
    expect(unitFamily('万人')).toEqual({ family: '人', scale: 1e4 });
    expect(unitFamily('亿美元').family).not.toBe(unitFamily('亿元').family);
    expect(unitFamily('%')).toEqual({ family: '%', scale: 1 });
  });
});
