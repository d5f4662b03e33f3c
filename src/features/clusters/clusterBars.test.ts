import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { translations } from '../../test/translations';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import { derivationFormula, growthBars, largest, sizeBars, splitAtBreaks } from './clusterBars';
import { clusterGrowthRows, clusterSizeRows } from './clusterSeries';
import type { HBarRow } from './HBars';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  ({ zh, en } = await translations());
});

const sizeRows = clusterSizeRows(dataset);
const growthRows = clusterGrowthRows(dataset);
const [robotics, ngit, biomed, nev] = sizeRows;

describe('cluster size bars', () => {
  it('keeps the slides to the report’s years: 2022 derived, 2023 actual, 2024 target', () => {
    const bars = sizeBars(robotics!, 'zh', zh);
    expect(bars.map((b) => [b.axisLabel, b.label, b.kind])).toEqual([
      ['2022 推算', '≈1023.6', 'derived'],
      ['2023 实际', '突破1300', 'actual'],
      ['2024 目标', '突破1500', 'target'],
    ]);
    expect(bars[1]?.ariaLabel).toBe('机器人与智能制造产业规模, 2023年实际: 突破1300亿元');
  });

  it('adds the earlier years’ printed figures in the view, a target before the derived size of its year', () => {
    const bars = sizeBars(robotics!, 'zh', zh, { history: true });
    expect(bars.map((b) => [b.axisLabel, b.label, b.kind, b.basis])).toEqual([
      ['2021 实际', '745', 'actual', 'above-designated-size-output'],
      ['2021 实际', '800', 'actual', 'industry-size'],
      ['2022 目标', '1000', 'target', 'industry-size'],
      ['2022 推算', '≈1023.6', 'derived', 'industry-size'],
      ['2023 实际', '突破1300', 'actual', 'industry-size'],
      ['2024 目标', '突破1500', 'target', 'industry-size'],
    ]);
    // A cited figure names its basis and its document (cited, not linked).
    expect(bars[0]?.ariaLabel).toBe(
      '机器人与智能制造产业规模, 2021年实际: 745亿元, 规上产值口径; 吴中区人民政府工作报告（2022年）, 2022年1月',
    );
  });

  it('reads in billions in English', () => {
    const bars = sizeBars(ngit!, 'en', en, { history: true });
    expect(bars.map((b) => b.label)).toEqual(['41', '60', '≈62', 'reaching 78', 'past 100']);
    expect(bars[0]?.ariaLabel).toMatch(
      /^New-generation information technology: industry size, 2021 actual: CNY 41 billion, output above designated size; /,
    );
  });

  it('says what is missing for new energy vehicles, in place of a bar', () => {
    expect(sizeBars(nev!, 'zh', zh, { history: true }).map((b) => [b.label, b.value])).toEqual([
      ['无法推算', 0],
      ['报告未给出', 0],
      ['突破500', 500],
    ]);
  });

  it('shares one scale across the clusters', () => {
    expect(largest(sizeRows.map((row) => sizeBars(row, 'zh', zh, { history: true })))).toBe(1500);
    expect(largest([])).toBe(1);
  });
});

describe('breaks of basis', () => {
  it('cuts robotics and NGIT between output above designated size and industry size, not biomedicine', () => {
    const cut = (rows: HBarRow[]) => splitAtBreaks(rows).map((s) => [s.breakBefore?.to ?? null, s.rows.map((r) => r.label)]);
    expect(cut(sizeBars(robotics!, 'zh', zh, { history: true }))).toEqual([
      [null, ['745']],
      ['industry-size', ['800', '1000', '≈1023.6', '突破1300', '突破1500']],
    ]);
    expect(cut(sizeBars(ngit!, 'zh', zh, { history: true }))).toEqual([
      [null, ['410']],
      ['industry-size', ['600', '≈620', '达780', '突破1000']],
    ]);
    expect(cut(sizeBars(biomed!, 'zh', zh, { history: true }))).toHaveLength(1);
    // A bar with no basis (a missing figure) joins its neighbours.
    expect(cut(sizeBars(nev!, 'zh', zh, { history: true }))).toHaveLength(1);
  });
});

describe('cluster growth bars', () => {
  it('pairs the printed 2023 growth with the derived growth the target needs', () => {
    const bars = growthBars(growthRows[1]!, 'zh', zh);
    expect(bars.map((b) => [b.axisLabel, b.label, b.kind])).toEqual([
      ['2023 增速', '25.8%', 'actual'],
      ['2024 所需', '≈28.2%', 'derived'],
    ]);
    expect(growthBars(growthRows[3]!, 'en', en).map((b) => b.label)).toEqual(['not given in the report', 'cannot be derived']);
  });

  it('writes the arithmetic of a derived value', () => {
    const required = growthRows[0]?.required2024;
    const implied = robotics?.implied2022;
    expect(required && derivationFormula(required, 'zh')).toBe('1500 ÷ 1300 − 1');
    expect(implied?.kind === 'derived' && derivationFormula(implied.derived, 'zh')).toBe('1300 ÷ (1 + 27%)');
    expect(implied?.kind === 'derived' && derivationFormula(implied.derived, 'en')).toBe('130 ÷ (1 + 27%)');
  });
});
