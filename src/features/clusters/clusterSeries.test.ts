import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import { fixtureDataset } from '../../shared/dataset/fixture.testutil';
import { clusterGrowthRows, clusterSizeRows, growthChartData, otherMeasures, sizeChartData } from './clusterSeries';

describe('cluster size series', () => {
  const rows = clusterSizeRows(dataset);

  it('holds the four sized clusters in the report order', () => {
    expect(rows.map((r) => r.indicator.id)).toEqual(['cluster-robotics', 'cluster-ngit', 'cluster-biomed', 'cluster-nev']);
  });

  it('draws printed values as printed, with their qualifiers', () => {
    const printed = rows.map((r) => [
      r.actual2023?.kind === 'actual' ? `${r.actual2023.printed.qualifier ?? ''}${r.actual2023.printed.value}` : null,
      r.target2024?.kind === 'target' ? `${r.target2024.printed.qualifier ?? ''}${r.target2024.printed.value}` : null,
    ]);
    expect(printed).toEqual([
      ['突破1300', '突破1500'],
      ['达780', '突破1000'],
      ['超380', '突破440'],
      [null, '突破500'],
    ]);
  });

  it('derives the implied 2022 sizes, marked derived', () => {
    expect(rows.map((r) => (r.implied2022?.kind === 'derived' ? r.implied2022.derived.value : null))).toEqual([1023.6, 620, 303, null]);
    expect(rows[0]?.implied2022?.kind).toBe('derived');
  });

  it('does not invent a 2023 size for new energy vehicles', () => {
    const nev = rows[3];
    expect(nev?.actual2023).toBeNull();
    expect(nev?.implied2022).toBeNull();
    expect(sizeChartData(rows)[3]).toEqual({ id: 'cluster-nev', y2022: null, y2023: null, y2024: 500 });
  });

  it('flattens to chart records', () => {
    expect(sizeChartData(rows)[0]).toEqual({ id: 'cluster-robotics', y2022: 1023.6, y2023: 1300, y2024: 1500 });
  });
});

describe('cluster growth series', () => {
  const rows = clusterGrowthRows(dataset);

  it('pairs the printed 2023 growth with the growth the 2024 target needs', () => {
    expect(growthChartData(rows)).toEqual([
      { id: 'cluster-robotics', g2023: 27, g2024: 15.4 },
      { id: 'cluster-ngit', g2023: 25.8, g2024: 28.2 },
      { id: 'cluster-biomed', g2023: 25.4, g2024: 15.8 },
      { id: 'cluster-nev', g2023: null, g2024: null },
    ]);
    expect(rows[0]?.required2024?.kind).toBe('derived');
  });
});

describe('other industry measures', () => {
  it('keeps high-tech output and the Taihu New City digital economy apart from the programme', () => {
    const other = otherMeasures(dataset);
    expect(other.highTech && sizeChartData([other.highTech])[0]).toEqual({ id: 'high-tech-output', y2022: 1620.4, y2023: 1750, y2024: 1800 });
    expect(other.highTech?.target2024?.kind === 'target' && other.highTech.target2024.printed.qualifier).toBe('超');
    expect(other.highTechGrowth?.required2024?.value).toBe(2.9);
    expect(other.highTechShare?.value).toBe(70.7);
    expect(other.newCityDigital?.value).toMatchObject({ value: 310, qualifier: '突破', unit: '亿元' });
  });

  it('copes with a dataset that lacks them', () => {
    expect(otherMeasures(fixtureDataset())).toEqual({ highTech: null, highTechGrowth: null, highTechShare: null, newCityDigital: null });
    expect(clusterSizeRows(fixtureDataset()).map((r) => r.indicator.id)).toEqual(['cluster-biomed']);
  });
});
