import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import { fixtureDataset } from '../../shared/dataset/fixture.testutil';
import { clusterGrowthRows, clusterSizeRows, otherMeasures, type SizeRow } from './clusterSeries';

/** The size a bar is drawn at, per year: derived 2022, printed 2023 and 2024. */
const sizes = (row: SizeRow | undefined) => ({
  id: row?.indicator.id,
  y2022: row?.implied2022?.kind === 'derived' ? row.implied2022.derived.value : null,
  y2023: row?.actual2023 && row.actual2023.kind !== 'derived' ? row.actual2023.printed.value : null,
  y2024: row?.target2024 && row.target2024.kind !== 'derived' ? row.target2024.printed.value : null,
});

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
    expect(sizes(rows[3])).toEqual({ id: 'cluster-nev', y2022: null, y2023: null, y2024: 500 });
    expect(nev?.earlier).toEqual([]);
  });

  it('holds the derived 2022, printed 2023 and 2024 sizes per cluster', () => {
    expect(sizes(rows[0])).toEqual({ id: 'cluster-robotics', y2022: 1023.6, y2023: 1300, y2024: 1500 });
  });

  it('adds the 2021 results and 2022 targets other documents print, with their basis and document, the other basis first', () => {
    const earlier = rows.map((r) => r.earlier.map((b) => `${b.cited.year} ${b.kind} ${b.cited.value} ${b.cited.basis} ${b.document?.id}`));
    expect(earlier).toEqual([
      [
        '2021 actual 745 above-designated-size-output WZ-GWR-2022',
        '2021 actual 800 industry-size SHANGOL-2022-03',
        '2022 target 1000 industry-size WZ-GWR-2022',
      ],
      ['2021 actual 410 above-designated-size-output WZ-GWR-2022', '2022 target 600 industry-size WZ-GWR-2022'],
      ['2021 actual 206 industry-size WZ-GWR-2022', '2022 target 300 industry-size WZ-GWR-2022'],
      [],
    ]);
    // Neither the 2018 figure nor the 2023 news figures are among them: the report's 2023 stays the 2023 bar.
    expect(rows[0]?.earlier.some((b) => b.cited.year === 2018 || b.cited.year === 2023)).toBe(false);
  });
});

describe('cluster growth series', () => {
  const rows = clusterGrowthRows(dataset);

  it('pairs the printed 2023 growth with the growth the 2024 target needs', () => {
    expect(
      rows.map((row) => ({ id: row.indicator.id, g2023: row.growth2023?.growthPct ?? null, g2024: row.required2024?.value ?? null })),
    ).toEqual([
      { id: 'cluster-robotics', g2023: 27, g2024: 15.4 },
      { id: 'cluster-ngit', g2023: 25.8, g2024: 28.2 },
      { id: 'cluster-biomed', g2023: 25.4, g2024: 15.8 },
      { id: 'cluster-nev', g2023: null, g2024: null },
    ]);
    expect(rows[0]?.required2024?.kind).toBe('derived');
  });

  it('adds the 2021 growth other documents state, each on its basis', () => {
    expect(rows.map((row) => row.earlier.map(({ cited }) => `${cited.growthPct} ${cited.basis}`))).toEqual([
      ['16 above-designated-size-output'],
      ['15.8 above-designated-size-output'],
      ['44 industry-size'],
      [],
    ]);
  });
});

describe('other industry measures', () => {
  it('keeps high-tech output and the Taihu New City digital economy apart from the programme', () => {
    const other = otherMeasures(dataset);
    expect(sizes(other.highTech ?? undefined)).toEqual({ id: 'high-tech-output', y2022: 1620.4, y2023: 1750, y2024: 1800 });
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
