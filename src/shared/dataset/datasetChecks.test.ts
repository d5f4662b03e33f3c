import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetProblems } from './datasetChecks';
import { DatasetError } from './datasetError';
import { fixtureDataset } from './fixture.testutil';
import { parseDataset } from './loadDataset';
import { parseReference } from './reference';
import type { CitedValue, Dataset } from './schema';

/*
 * Bad input: each fault is named by the value's id and its reason, by the
 * check the data tests run and by the parse every page load runs, which
 * rejects the dataset rather than show a wrong status.
 */

const reference = parseReference(readFileSync(resolve(process.cwd(), 'data/sources/later-documents/figures.tsv'), 'utf8'));

function rejection(dataset: Dataset): readonly string[] {
  try {
    parseDataset(dataset);
  } catch (error) {
    if (error instanceof DatasetError) {
      expect(error.kind).toBe('schema');
      return error.problems;
    }
    throw error;
  }
  throw new Error('the dataset was accepted');
}

const cited = (d: Dataset): CitedValue => d.indicators[0]!.cited![0]!;

const news = {
  id: 'TEST-NEWS-2025',
  kind: 'news' as const,
  title: { zh: '测试报道', en: 'A test report' },
  issuer: { zh: '测试', en: 'Test' },
  date: '2025-02',
  reliability: { zh: '测试', en: 'Test' },
};

describe('the dataset checks', () => {
  it('accept the fixture, which cites one figure of the 2025 report', () => {
    expect(datasetProblems(fixtureDataset(), reference)).toEqual([]);
    expect(parseDataset(fixtureDataset()).indicators[0]!.cited![0]!.growthPct).toBe(5.5);
  });

  it('reject a value whose document is not in the registry', () => {
    const d = fixtureDataset();
    cited(d).doc = 'WZ-GWR-2026';
    expect(rejection(d)).toContain('gdp@2024-wz-gwr-2025: its document "WZ-GWR-2026" is not in the registry');
  });

  it('reject a quoted value that claims another document', () => {
    const d = fixtureDataset();
    d.indicators[0]!.values[0]!.doc = 'WZ-GWR-2025';
    expect(rejection(d)).toContain('gdp@2023: a value quoted from the report must belong to the primary document, not WZ-GWR-2025');
  });

  it('reject a value that differs from its row of figures.tsv, saying how', () => {
    const d = fixtureDataset();
    cited(d).growthPct = 5.3;
    expect(rejection(d)).toEqual(['gdp@2024-wz-gwr-2025: differs from figures.tsv row 1: growthPct is "5.3", the row says "5.5"']);
    const e = fixtureDataset();
    cited(e).notes = [];
    expect(rejection(e)).toEqual(['gdp@2024-wz-gwr-2025: differs from figures.tsv row 1: notes is [], the row says ["preliminary"]']);
    const f = fixtureDataset();
    cited(f).row = 2;
    expect(rejection(f).join('\n')).toContain('gdp@2024-wz-gwr-2025: differs from figures.tsv row 2: value is "", the row says "2685"');
  });

  it('reject a figure of a referenced document that names no row, or a row held twice', () => {
    const d = fixtureDataset();
    delete cited(d).row;
    expect(rejection(d)).toEqual(['gdp@2024-wz-gwr-2025: WZ-GWR-2025 is read from figures.tsv, but the value names no row']);
    const e = fixtureDataset();
    e.indicators[0]!.cited!.push({ ...cited(e), id: 'gdp@2024-again' });
    expect(rejection(e)).toContain('gdp@2024-again: figures.tsv row 1 is already held by gdp@2024-wz-gwr-2025');
  });

  it('reject a document whose date contradicts what it reports', () => {
    const d = fixtureDataset();
    d.documents[1]!.date = '2024-12';
    expect(rejection(d)).toContain('gdp@2024-wz-gwr-2025: reports a result for 2024, but its document WZ-GWR-2025 is dated 2024-12');
    const e = fixtureDataset();
    e.documents.push(news);
    e.indicators[0]!.cited!.push({
      id: 'gdp@2024-test-news',
      doc: news.id,
      year: 2024,
      kind: 'target',
      value: null,
      unit: '亿元',
      growthPct: 5,
      location: { zh: '正文', en: 'Body' },
    });
    expect(rejection(e)).toContain(
      'gdp@2024-test-news: sets a target for 2024, but its document TEST-NEWS-2025 is dated 2025-02, after that year',
    );
  });

  it('reject a primary document that is not the report the dataset holds', () => {
    const d = fixtureDataset();
    d.documents[0]!.date = '2024-01-09';
    expect(rejection(d)).toContain('WZ-GWR-2024: dated 2024-01-09, but the report is dated 2024-01-08');
  });

  it('reject a target whose outcome the rule cannot decide, instead of showing a status', () => {
    const d = fixtureDataset();
    d.documents.push(news);
    d.indicators[1]!.values.push({
      id: 'cluster-biomed@2024',
      doc: 'WZ-GWR-2024',
      year: 2024,
      kind: 'target',
      value: 440,
      unit: '亿元',
      qualifier: '突破',
      section: 'plan-industry',
      quote: '生物医药及大健康产业规模突破440亿元',
    });
    d.indicators[1]!.cited = [
      {
        id: 'cluster-biomed@2024-test-news',
        doc: news.id,
        year: 2024,
        kind: 'actual',
        value: 400,
        unit: '亿元',
        qualifier: '超',
        location: { zh: '正文', en: 'Body' },
      },
    ];
    expect(rejection(d)).toEqual([
      'cluster-biomed@2024: the outcome rule cannot decide: cluster-biomed@2024-test-news: the outcome is printed only as "超400" (a lower bound), which does not settle a target of 突破440',
    ]);
  });

  it('reject levels on a changed basis that do not say theirs, and a currency basis on another currency', () => {
    const d = fixtureDataset();
    d.documents.push(news);
    d.indicators[0]!.cited!.push({
      id: 'gdp@2024-test-news',
      doc: news.id,
      year: 2024,
      kind: 'actual',
      value: 2005.7,
      unit: '亿元',
      basis: 'after-fifth-census',
      location: { zh: '正文', en: 'Body' },
    });
    expect(rejection(d)).toEqual(['gdp@2023: gdp changes unit or basis over the years, but this level states no basis']);
    const e = fixtureDataset();
    e.indicators[0]!.values[0]!.basis = 'us-dollars';
    expect(rejection(e)).toEqual(['gdp@2023: its basis us-dollars is not the currency of its unit 亿元']);
  });
});
