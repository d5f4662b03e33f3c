import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataset } from './datasetFile.testutil';
import { parseDataset } from './loadDataset';
import { rawDataset } from './datasetFile.testutil';
import { differencesFromRow, parseReference, printedAsDocument } from './reference';
import {
  allCitedValues,
  allValues,
  citedValues,
  documentById,
  findValue,
  indicatorById,
  primaryDocument,
  primaryValues,
  valuesFromAllDocuments,
} from './selectors';
import { datasetProblems } from './datasetChecks';
import { primaryTargetOutcomes, targetOutcomes } from './targetOutcomes';
import { PRIMARY_DOCUMENT_ID } from './codes';

/*
 * The figures of other documents (data/sources/later-documents/figures.tsv)
 * as the dataset holds them: every row once, every value as its row prints it.
 */

const COPY = resolve(process.cwd(), 'data/sources/later-documents');
const SHARED = resolve(process.cwd(), '../shared/source/later-documents');
const tsv = readFileSync(resolve(COPY, 'figures.tsv'), 'utf8');
const rows = parseReference(tsv);
const cited = allCitedValues(dataset);

describe("the project's copy of the reference", () => {
  it('holds 95 figures from the documents its README lists', () => {
    expect(rows).toHaveLength(95);
    const readme = readFileSync(resolve(COPY, 'README.md'), 'utf8');
    for (const doc of new Set(rows.map((r) => r.doc))) expect(readme, doc).toContain(doc);
  });

  it('is the shared source, unchanged, where the shared folder exists', () => {
    if (!existsSync(SHARED)) {
      // A fresh clone has no ../shared; the copy above is then the reference. Say so rather than pass silently.
      console.info(`note: ${SHARED} is not here; the project's copy in data/sources/later-documents was not compared with it`);
      expect(existsSync(resolve(COPY, 'README.md'))).toBe(true);
      return;
    }
    for (const file of ['README.md', 'figures.tsv']) {
      expect(readFileSync(resolve(COPY, file), 'utf8'), file).toBe(readFileSync(resolve(SHARED, file), 'utf8'));
    }
  });
});

describe('every figure of another document', () => {
  it('is held by exactly one value, and every cited value names a row', () => {
    const held = cited.map(({ value }) => value.row);
    expect(held.filter((row) => row === undefined)).toEqual([]);
    expect([...held].sort((a, b) => a! - b!)).toEqual(rows.map((r) => r.row));
  });

  it.each(cited.map(({ indicator, value }) => [value.id, indicator.id, value] as const))(
    '%s matches its row of figures.tsv (value, unit, qualifier, growth, year, kind, document)',
    (_id, _indicator, value) => {
      const row = rows[value.row! - 1]!;
      expect(differencesFromRow(value, row)).toEqual([]);
      // The same facts, spelled out, so a failure shows the row beside the value.
      expect({
        doc: value.doc,
        year: value.year,
        kind: value.kind,
        value: printedAsDocument(value),
        unit: row.unit === '' ? '' : value.unit,
        growth: value.growthPct === undefined ? '' : String(value.growthPct),
      }).toEqual({ doc: row.doc, year: row.year, kind: row.kind, value: row.value, unit: row.unit, growth: row.growth });
    },
  );

  it('names a document of the registry, and is not the primary one', () => {
    for (const { value } of cited) {
      expect(documentById(dataset, value.doc)?.id, value.id).toBe(value.doc);
      expect(value.doc, value.id).not.toBe(PRIMARY_DOCUMENT_ID);
    }
  });
});

describe('the document registry', () => {
  it('lists each document of the reference once, and the 2024 report as the primary one', () => {
    const ids = dataset.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([PRIMARY_DOCUMENT_ID, ...new Set(rows.map((r) => r.doc))].sort());
    expect(dataset.documents.filter((d) => d.primary).map((d) => [d.id, d.date, d.textFile])).toEqual([
      ['WZ-GWR-2024', '2024-01-08', 'wuzhong-2024.report.zh.txt'],
    ]);
  });

  it('keeps dates only as precise as the README gives them, and the one official index number it gives', () => {
    const of = (id: string) => documentById(dataset, id);
    expect(of('WZ-SB-2024')?.date).toBe('2025');
    expect(of('WZ-GWR-2025')).toMatchObject({ date: '2025-01-06', indexNumber: '014195072/2025-00001' });
    expect(of('WZ-GWR-2023')).toMatchObject({ date: '2023-01', dateInferred: true });
    expect(of('XH-2023-07')?.date).toBe('2023-07-12');
    expect(dataset.documents.filter((d) => d.indexNumber).map((d) => d.id)).toEqual(['WZ-GWR-2025']);
  });

  it('gives every value a document: the 2024 report by default', () => {
    expect(allValues(dataset)).toHaveLength(265);
    expect(allValues(dataset).every(({ value }) => value.doc === PRIMARY_DOCUMENT_ID)).toBe(true);
  });
});

describe('the bundled dataset with its documents', () => {
  it('passes every check across documents, dates, bases, the reference and the outcome rule', () => {
    expect(datasetProblems(dataset, rows)).toEqual([]);
    expect(() => parseDataset(rawDataset)).not.toThrow();
  });

  it("keeps the 2024 report's values apart: the 2023 GDP stays 1638亿元, never the yearbook's 1624.00", () => {
    const gdp = indicatorById(dataset, 'gdp')!;
    expect(findValue(gdp, 2023, 'actual')?.value).toBe(1638);
    expect(gdp.values.map((v) => v.id)).toEqual(['gdp@2023', 'gdp@2024']);
    expect(primaryValues(gdp)).toBe(gdp.values);
    expect(citedValues(gdp).map((v) => v.doc)).toEqual([
      'WZ-GWR-2022',
      'WZ-GWR-2022',
      'WBK-SZYB2024',
      'WZ-GWR-2025',
      'WZ-SB-2024',
      'WZ-GWR-2025',
    ]);
    expect(primaryDocument(dataset)?.id).toBe('WZ-GWR-2024');
    expect(allValues(dataset).some(({ value }) => value.id === 'gdp@2023-wbk-szyb2024')).toBe(false);
    // Asked for, every document's GDP is there, each on its basis.
    expect(valuesFromAllDocuments(gdp).map((v) => [v.year, v.kind, v.value ?? v.growthPct, v.doc, v.basis ?? null])).toEqual([
      [2021, 'actual', 1500, 'WZ-GWR-2022', 'before-fifth-census'],
      [2022, 'target', 8, 'WZ-GWR-2022', null],
      [2023, 'actual', 1638, 'WZ-GWR-2024', 'before-fifth-census'],
      [2023, 'actual', 1624, 'WBK-SZYB2024', 'before-fifth-census'],
      [2024, 'target', 5, 'WZ-GWR-2024', null],
      [2024, 'actual', 5.5, 'WZ-GWR-2025', null],
      [2024, 'actual', 2005.7, 'WZ-SB-2024', 'after-fifth-census'],
      [2025, 'target', 5, 'WZ-GWR-2025', null],
    ]);
  });

  it('says the basis of every level where an indicator changes unit or basis', () => {
    const trade = valuesFromAllDocuments(indicatorById(dataset, 'foreign-trade')!).filter((v) => v.value !== null);
    expect(trade.map((v) => [v.year, v.unit, v.basis])).toEqual([
      [2021, '亿美元', 'us-dollars'],
      [2023, '亿元', 'yuan'],
      [2024, '亿元', 'yuan'],
    ]);
    const robotics = valuesFromAllDocuments(indicatorById(dataset, 'cluster-robotics')!).filter((v) => v.year === 2021);
    expect(robotics.map((v) => [v.value, v.basis, v.doc]).sort()).toEqual([
      [745, 'above-designated-size-output', 'WZ-GWR-2022'],
      [800, 'industry-size', 'SHANGOL-2022-03'],
    ]);
  });
});

describe('the outcome of every 2024 target of the report', () => {
  const outcomes = primaryTargetOutcomes(dataset);
  const statusOf = (id: string) => {
    const found = outcomes.find((o) => o.target.id === id)?.outcome;
    return found?.decided ? { status: found.status, decidedBy: found.decidedBy } : found;
  };

  it('is decided for each of the 107 targets; counts per status', () => {
    expect(outcomes).toHaveLength(107);
    const counts: Record<string, number> = {};
    for (const { outcome } of outcomes) {
      const key = outcome.decided ? outcome.status : 'undecided';
      counts[key] = (counts[key] ?? 0) + 1;
    }
    console.info('2024 targets per status:', JSON.stringify(counts));
    expect(counts).toEqual({ met: 3, 'about-met': 1, missed: 1, 'not-comparable': 2, 'not-yet-reported': 100 });
  });

  it('industrial investment: target +10%, outcome +6.6% (WZ-GWR-2025): missed', () => {
    expect(statusOf('industrial-investment@2024')).toEqual({ status: 'missed', decidedBy: 'industrial-investment@2024-wz-gwr-2025' });
  });

  it('GDP: target +5% or more; +5.5% (2025 report, preliminary) and +5.3% (bulletin): met, decided by the bulletin', () => {
    const gdp = outcomes.find((o) => o.target.id === 'gdp@2024')!.outcome;
    expect(gdp).toMatchObject({ decided: true, status: 'met', decidedBy: 'gdp@2024-wz-sb-2024', why: 'document-kind' });
    expect(gdp.assessments.map((a) => [a.doc, a.status])).toEqual([
      ['WZ-GWR-2025', 'met'],
      ['WZ-SB-2024', 'met'],
    ]);
  });

  it('the others that documents report', () => {
    expect(statusOf('budget-revenue@2024')).toEqual({ status: 'met', decidedBy: 'budget-revenue@2024-wz-gwr-2025' });
    expect(statusOf('industrial-output@2024')).toEqual({ status: 'met', decidedBy: 'industrial-output@2024-wz-sb-2024' });
    expect(statusOf('retail-sales@2024-growth')).toEqual({ status: 'about-met', decidedBy: 'retail-sales@2024-wz-gwr-2025' });
    // 突破1000亿元 against a growth rate only; +5% against a level only: neither is derived from the other.
    expect(statusOf('retail-sales@2024')).toEqual({ status: 'not-comparable', decidedBy: 'retail-sales@2024-wz-gwr-2025' });
    expect(statusOf('fixed-asset-investment@2024')).toEqual({
      status: 'not-comparable',
      decidedBy: 'fixed-asset-investment@2024-wz-gwr-2025',
    });
  });

  it("and the other documents' targets: the qualitative 2025 aims, the rest not yet reported", () => {
    const others = targetOutcomes(dataset, (t) => t.doc !== PRIMARY_DOCUMENT_ID);
    const qualitative = others.filter((o) => o.outcome.decided && o.outcome.status === 'qualitative').map((o) => o.target.id);
    expect(qualitative.sort()).toEqual([
      'budget-revenue@2025-wz-gwr-2025',
      'fixed-asset-investment@2025-wz-gwr-2025',
      'foreign-trade@2025-wz-gwr-2025',
      'per-capita-disposable-income@2025-wz-gwr-2025',
    ]);
    expect(
      others.filter((o) => !qualitative.includes(o.target.id)).every((o) => o.outcome.decided && o.outcome.status === 'not-yet-reported'),
    ).toBe(true);
  });
});
