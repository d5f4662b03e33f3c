import { describe, expect, it } from 'vitest';
import { dataset, reportText } from '../dataset/datasetFile.testutil';
import { findNumbers, isCalendarDate, type NumberToken } from './reportFigures';
import { holdsFigure, locateValues } from './figureIndex';

/**
 * Every figure of the report (an Arabic number followed by a unit) must be held
 * by a dataset value: the same number, with a quote covering the place where it
 * is written. Numbers that are not figures are listed here, each with its reason;
 * calendar dates (2023年, 1月8日) are recognised by rule.
 */
const EXCLUSIONS: readonly { context: string; number: string; reason: string }[] = [
  { context: '360剧场', number: '360', reason: 'name of a theatre' },
  { context: '国家5G工厂名录', number: '5', reason: 'name of a list (national 5G factories)' },
  { context: '、5G工厂2家', number: '5', reason: '"5G factories" is a name; the count 2家 after it is a figure' },
  { context: '入围中国民营企业500强', number: '500', reason: 'name of a ranking (top 500 private enterprises)' },
  { context: '中国制造业民营企业500强', number: '500', reason: 'name of a ranking (top 500 private manufacturers)' },
  { context: '“2+4+N”', number: '2', reason: 'name of the investment-promotion system' },
  { context: '“2+4+N”', number: '4', reason: 'name of the investment-promotion system' },
  { context: '3A主体信用评级', number: '3', reason: 'a credit rating grade (AAA)' },
  { context: 'PM2.5', number: '2.5', reason: 'name of a pollutant (fine particulate matter)' },
  { context: '“1+1+N”', number: '1', reason: 'name of the school counselling network' },
  { context: '“985”', number: '985', reason: 'name of a national university programme' },
  { context: '“211”', number: '211', reason: 'name of a national university programme' },
  { context: '“环太湖1号公路”马拉松', number: '1', reason: 'name of a road (Taihu No. 1 Highway) in an event name' },
  { context: '强化“环太湖1号公路”', number: '1', reason: 'name of a road (Taihu No. 1 Highway)' },
  { context: '深化“333+N”', number: '333', reason: 'name of the industrial cluster programme' },
  { context: '等10亿元以上项目46个', number: '10', reason: 'size class "projects of 1 billion yuan or more"; the count 46个 is a figure' },
  { context: '10亿元以上项目50个', number: '10', reason: 'size class; the count 50个 is a figure' },
  { context: '30亿元以上项目5个', number: '30', reason: 'size class; the count 5个 is a figure' },
  {
    context: '实施1000万以上工业企业',
    number: '1000',
    reason: 'size class "industrial firms of 10 million yuan or more"; the count 129个 is a figure',
  },
  { context: '“双12购物节”', number: '12', reason: 'name of a shopping festival (12 December)' },
  { context: '“113”领军人才', number: '113', reason: 'name of the talent programme' },
  { context: '26个“333”达标区', number: '333', reason: '"333" names a sewage standard; the count 26个 is a figure' },
  { context: '太湖碳谷2.5产业园', number: '2.5', reason: 'name of an industrial park' },
  { context: '吴中太湖旅游区5A复核', number: '5', reason: 'a tourism grade (5A)' },
  { context: '轨道交通7号线', number: '7', reason: 'name of a metro line' },
  { context: '“5510”专项工作', number: '5510', reason: 'name of a traffic programme' },
  { context: '“522”集团化办学', number: '522', reason: 'name of a school-group model' },
  { context: '“15分钟品质文化生活圈”', number: '15', reason: 'name of a planning concept (15-minute cultural life circle)' },
  { context: '“1+7”工作清单', number: '1', reason: 'name of a work-list system' },
  { context: '“1+7”工作清单', number: '7', reason: 'name of a work-list system' },
  { context: '新中国成立75周年', number: '75', reason: "an anniversary of the People's Republic, not a figure of the district" },
];

/** Section numbers of the 2024 tasks: "1．打造优势产业集群". */
const isSectionNumber = (text: string, end: number) => text[end] === '．';

describe('figure coverage', () => {
  const located = locateValues(dataset, reportText);

  // Each exclusion names a number inside a context that occurs once in the report.
  const exclusionSpans = EXCLUSIONS.map((exclusion) => {
    const start = reportText.indexOf(exclusion.context);
    return { number: exclusion.number, start, end: start + exclusion.context.length };
  });
  const isExcluded = (token: NumberToken) =>
    exclusionSpans.some((span) => token.text === span.number && token.start >= span.start && token.end <= span.end);

  it('finds every exclusion in the report, each once', () => {
    const problems = EXCLUSIONS.filter(({ context, number }) => {
      const first = reportText.indexOf(context);
      return first < 0 || reportText.indexOf(context, first + 1) >= 0 || !context.includes(number);
    }).map(({ context }) => context);
    expect(problems).toEqual([]);
  });

  const tokens = findNumbers(reportText).filter(
    (token) => !isCalendarDate(reportText, token) && !isSectionNumber(reportText, token.end) && !isExcluded(token),
  );

  it('has a unit for every number that is not excluded', () => {
    const unitless = tokens.filter((t) => !t.unit).map((t) => reportText.slice(t.start - 8, t.end + 6));
    expect(unitless).toEqual([]);
  });

  it('holds every figure of the report in a dataset value', () => {
    const missing = tokens
      .filter((token) => token.unit)
      .filter((token) => !located.some((l) => holdsFigure(l, token)))
      .map(
        (token) =>
          `${reportText.slice(token.start, token.figureEnd)}  …${reportText.slice(Math.max(0, token.start - 14), token.figureEnd + 4)}…`,
      );
    expect(missing).toEqual([]);
  });

  it('finds the figures the report is known to hold', () => {
    // Guards the enumeration itself: a regression in findNumbers would make the test above pass vacuously.
    const figures = tokens.filter((t) => t.unit).map((t) => reportText.slice(t.start, t.figureEnd));
    expect(figures).toEqual(
      expect.arrayContaining(['1638亿元', '4.5%', '4.86亿美元', '29.2微克/立方米', '3300余户', '1万名', '3.45万人次']),
    );
    expect(figures.length).toBeGreaterThan(270);
  });
});
