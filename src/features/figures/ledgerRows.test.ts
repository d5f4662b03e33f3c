import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import {
  documentCitation,
  EXPORT_COLUMNS,
  exportRecord,
  filterRows,
  isCited,
  ledgerDocuments,
  ledgerPeriods,
  ledgerRows,
  sectionOf,
  selectRows,
  shownFigure,
  sortRows,
  toCsv,
} from './ledgerRows';
import { parseAppUrl } from '../../shared/lib/appUrl';
import { allCitedValues, allValues, documentById } from '../../shared/dataset/selectors';
import { parseReference } from '../../shared/dataset/reference';
import { PRIMARY_DOCUMENT_ID } from '../../shared/dataset/codes';

const rows = ledgerRows(dataset);
const all = { q: '', section: null, theme: null, period: null, doc: PRIMARY_DOCUMENT_ID } as const;
const everyDoc = { ...all, doc: null } as const;
const ids = (list: { id: string }[]) => list.map((r) => r.id);
const reference = parseReference(readFileSync(resolve(process.cwd(), 'data/sources/later-documents/figures.tsv'), 'utf8'));

describe('ledgerRows', () => {
  it('has one row per value of every document: 265 of the 2024 report, 95 cited', () => {
    expect(rows).toHaveLength(265 + 95);
    expect(rows.length).toBe(allValues(dataset).length + allCitedValues(dataset).length);
    expect(new Set(ids(rows)).size).toBe(rows.length);
    expect(rows.filter((r) => !r.cited)).toHaveLength(265);
  });

  it('holds every cited value once, with its document', () => {
    for (const { value } of allCitedValues(dataset)) {
      const held = rows.filter((r) => r.id === value.id);
      expect(held, value.id).toHaveLength(1);
      expect(held[0]!.value).toBe(value);
      expect(held[0]!.cited).toBe(true);
      expect(held[0]!.document?.id, value.id).toBe(value.doc);
      expect(held[0]!.document).toBe(documentById(dataset, value.doc));
    }
    expect(new Set(rows.filter((r) => r.cited).map((r) => r.value.doc)).size).toBe(10);
    expect(rows.filter((r) => !r.cited).every((r) => r.document?.id === PRIMARY_DOCUMENT_ID)).toBe(true);
  });

  it('prints each cited value as its row of figures.tsv does: value, unit, growth, year, kind, document, location', () => {
    const cited = rows.filter((r) => r.cited);
    expect(cited).toHaveLength(reference.length);
    for (const row of cited) {
      const value = row.value;
      if (!isCited(value)) throw new Error(`${row.id} is not cited`);
      const ref = reference[value.row! - 1]!;
      const record = exportRecord(row);
      expect(
        {
          doc: record.doc_id,
          year: record.year,
          kind: record.kind,
          value: record.value_as_printed,
          unit: ref.unit === '' ? '' : record.unit,
          growth: record.growth_pct === null ? '' : String(record.growth_pct),
          location: record.location_zh,
        },
        row.id,
      ).toEqual({
        doc: ref.doc,
        year: ref.year,
        kind: ref.kind,
        value: ref.value,
        unit: ref.unit,
        growth: ref.growth,
        location: ref.location,
      });
      // The Chinese rendering shows the digits exactly as the row prints them (2005.70 keeps its zero).
      if (ref.value !== '') expect(record.display_zh, row.id).toContain(ref.value);
    }
    const gdpBulletin = exportRecord(rows.find((r) => r.value.doc === 'WZ-SB-2024' && r.indicator.id === 'gdp')!);
    expect(gdpBulletin).toMatchObject({
      value: 2005.7,
      value_as_printed: '2005.70',
      unit: '亿元',
      growth_pct: 5.3,
      display_zh: '2005.70亿元，增长5.3%',
    });
  });

  it('puts the 2024 report first, in report order, then the other documents as the registry lists them', () => {
    expect(rows[0]?.id).toBe('gdp@2023');
    const firstCited = rows.findIndex((r) => r.cited);
    expect(firstCited).toBe(265);
    const docOrder = dataset.documents.map((d) => d.id);
    const ranks = rows.map((r) => docOrder.indexOf(r.value.doc));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('offers the periods and documents it holds', () => {
    expect(ledgerPeriods(rows)).toEqual([
      '2018-actual',
      '2021-actual',
      '2022-actual',
      '2022-target',
      '2023-actual',
      '2023-target',
      '2024-actual',
      '2024-target',
      '2025-target',
    ]);
    const documents = ledgerDocuments(dataset, rows);
    expect(documents[0]).toMatchObject({ document: { id: PRIMARY_DOCUMENT_ID }, count: 265 });
    expect(documents.reduce((n, d) => n + d.count, 0)).toBe(rows.length);
  });

  it('cites a document by title, issuer, date and index number, never a link', () => {
    const gwr2025 = documentById(dataset, 'WZ-GWR-2025')!;
    expect(documentCitation(gwr2025, 'zh')).toBe(
      '《吴中区人民政府工作报告（2025年）》，苏州市吴中区人民政府，2025年1月6日，索引号 014195072/2025-00001',
    );
    expect(documentCitation(gwr2025, 'en')).toBe(
      "Wuzhong District Government Work Report 2025, People's Government of Wuzhong District, Suzhou, 6 January 2025, index number 014195072/2025-00001",
    );
    expect(documentCitation(documentById(dataset, 'WZ-GWR-2023')!, 'en')).toContain('(year inferred)');
    for (const document of dataset.documents) {
      for (const lang of ['zh', 'en'] as const) expect(documentCitation(document, lang)).not.toMatch(/https?:|www\./);
    }
  });
});

describe('filterRows by document', () => {
  it('keeps only the chosen document’s values', () => {
    const bulletin = filterRows(rows, { ...everyDoc, doc: 'WZ-SB-2024' });
    expect(bulletin.length).toBe(allCitedValues(dataset).filter(({ value }) => value.doc === 'WZ-SB-2024').length);
    expect(bulletin.length).toBeGreaterThan(5);
    expect(bulletin.every((r) => r.value.doc === 'WZ-SB-2024')).toBe(true);
    expect(filterRows(rows, { ...everyDoc, doc: PRIMARY_DOCUMENT_ID })).toHaveLength(265);
    expect(filterRows(rows, everyDoc)).toHaveLength(rows.length);
    expect(filterRows(rows, { ...everyDoc, doc: 'NO-SUCH-DOC' })).toEqual([]);
  });

  it('combines with the search, the theme and the period', () => {
    // GDP from every document: 2021 result, 2022 target, 2023 results, 2024 target, two 2024 outcomes, 2025 target.
    const gdp = filterRows(rows, { ...everyDoc, q: '地区生产总值' }).filter((r) => r.indicator.id === 'gdp');
    expect(gdp.map((r) => [r.value.year, r.value.doc])).toEqual([
      [2023, 'WZ-GWR-2024'],
      [2024, 'WZ-GWR-2024'],
      [2021, 'WZ-GWR-2022'],
      [2022, 'WZ-GWR-2022'],
      [2024, 'WZ-GWR-2025'],
      [2025, 'WZ-GWR-2025'],
      [2024, 'WZ-SB-2024'],
      [2023, 'WBK-SZYB2024'],
    ]);
    expect(ids(filterRows(rows, { ...everyDoc, q: 'gdp', doc: 'WZ-SB-2024', period: '2024-actual' }))).toContain('gdp@2024-wz-sb-2024');
    const outcomes2024 = filterRows(rows, { ...everyDoc, period: '2024-actual' });
    expect(outcomes2024.length).toBeGreaterThan(10);
    expect(outcomes2024.every((r) => r.cited && r.value.year === 2024 && r.value.kind === 'actual')).toBe(true);
  });

  it('finds a cited value by its document and its location, in both languages', () => {
    expect(filterRows(rows, { ...everyDoc, q: '统计公报' }).every((r) => r.value.doc === 'WZ-SB-2024')).toBe(true);
    expect(filterRows(rows, { ...everyDoc, q: 'statistical bulletin' }).length).toBe(
      filterRows(rows, { ...everyDoc, doc: 'WZ-SB-2024' }).length,
    );
    expect(filterRows(rows, { ...everyDoc, q: 'Xinhua' }).every((r) => r.value.doc === 'XH-2023-07')).toBe(true);
    const byIndexNumber = filterRows(rows, { ...everyDoc, q: '014195072/2025-00001' });
    expect(byIndexNumber.length).toBe(filterRows(rows, { ...everyDoc, doc: 'WZ-GWR-2025' }).length);
    expect(byIndexNumber.every((r) => r.value.doc === 'WZ-GWR-2025')).toBe(true);
    expect(ids(filterRows(rows, { ...everyDoc, q: '一、综合' }))).toContain('industry-structure@2024-wz-sb-2024');
  });

  it('drops cited values when a section of the 2024 report is chosen: they stand in no section of it', () => {
    const section = filterRows(rows, { ...everyDoc, section: 'plan-overview' });
    expect(section.length).toBeGreaterThan(5);
    expect(section.every((r) => !r.cited)).toBe(true);
  });
});

describe('filterRows', () => {
  it.each([
    ['PM2.5', ['pm25@2023']],
    ['ＰＭ２.５', ['pm25@2023']],
    ['pm2.5', ['pm25@2023']],
  ])('finds %s', (q, expected) => {
    expect(ids(filterRows(rows, { ...all, q }))).toEqual(expected);
  });

  it('finds every figure whose quote holds the words', () => {
    // 稳妥推进8073亩太湖历史圩区退圩还湖，新建堤防9.1公里: one passage, two figures.
    expect(ids(filterRows(rows, { ...all, q: '退圩还湖' }))).toEqual(['polders-returned-to-lake@2024', 'taihu-new-dikes@2024']);
  });

  it('matches the Chinese label, the English label and the quote', () => {
    expect(ids(filterRows(rows, { ...all, q: '新增学位' }))).toEqual(expect.arrayContaining(['school-places@2023', 'school-places@2024']));
    expect(ids(filterRows(rows, { ...all, q: 'school places' }))).toEqual(['school-places@2023', 'school-places@2024']);
    // Only in the quote: 湿地面积占全市的50.3%.
    expect(ids(filterRows(rows, { ...all, q: '湿地' }))).toContain('wetland-share@2023');
    expect(ids(filterRows(rows, { ...all, q: '学位' })).length).toBeGreaterThanOrEqual(2);
  });

  it('requires every term', () => {
    expect(ids(filterRows(rows, { ...all, q: 'Taihu New City projects' }))).toEqual([
      'new-city-projects-signed@2023',
      'new-city-projects-started@2023',
      'new-city-projects-completed@2023',
    ]);
  });

  it('treats pattern characters and markup as plain text', () => {
    for (const q of ['(((', '.*', '[a-z]+', '<script>alert(1)</script>', '\\', '$^', '"\'']) {
      expect(() => filterRows(rows, { ...all, q })).not.toThrow();
      expect(filterRows(rows, { ...all, q })).toEqual([]);
    }
    // "+" and "." occur literally in the report ("B+R", "4.5%").
    expect(ids(filterRows(rows, { ...all, q: 'B+R' }))).toContain('bike-and-ride-projects@2023');
  });

  it('filters by section, theme and period', () => {
    const ecology2024 = filterRows(rows, { ...all, section: 'plan-ecology' });
    expect(ecology2024.length).toBeGreaterThan(5);
    expect(ecology2024.every((r) => sectionOf(r.value) === 'plan-ecology' && r.value.year === 2024)).toBe(true);
    const education = filterRows(rows, { ...all, theme: 'education' });
    expect(ids(education)).toContain('school-places@2024');
    expect(education.every((r) => r.themes.includes('education'))).toBe(true);
    const targets = filterRows(rows, { ...all, period: '2024-target' });
    expect(targets.every((r) => r.value.kind === 'target')).toBe(true);
    expect(filterRows(rows, { ...all, period: '2023-actual' }).length + targets.length).toBe(265);
  });
});

describe('sortRows', () => {
  it('keeps report order by default: 2023 review first', () => {
    const sorted = sortRows(rows, 'report', 'asc', 'zh');
    expect(sorted[0]?.id).toBe('gdp@2023');
    const report = sorted.filter((r) => !r.cited);
    expect(report.findIndex((r) => r.value.year === 2024)).toBeGreaterThan(report.findLastIndex((r) => r.value.year === 2023));
  });

  it('sorts by document in the registry’s order, report order within', () => {
    const byDoc = sortRows(rows, 'document', 'desc', 'en');
    expect(byDoc[0]?.value.doc).toBe(dataset.documents.at(-1)?.id);
    expect(byDoc.at(-1)?.value.doc).toBe(PRIMARY_DOCUMENT_ID);
  });

  it('sorts by value, nulls last when descending, across documents', () => {
    const sorted = sortRows(rows, 'value', 'desc', 'zh');
    expect(sorted[0]?.value.value).toBe(Math.max(...rows.map((r) => r.value.value ?? 0)));
    expect(sorted.at(-1)?.value.value).toBeNull();
  });

  it('sorts labels by the reader’s language', () => {
    const en = sortRows(rows, 'label', 'asc', 'en').map((r) => r.indicator.name.en);
    expect(en).toEqual([...en].sort((a, b) => new Intl.Collator('en').compare(a, b)));
  });
});

describe('selectRows', () => {
  it('filters and sorts in one go, from the address', () => {
    expect(ids(selectRows(rows, parseAppUrl('?q=new school places&sort=value&dir=desc').ledger, 'en'))).toEqual([
      'school-places@2024',
      'school-places@2023',
    ]);
    expect(ids(selectRows(rows, parseAppUrl('?q=gdp&doc=wz-sb-2024&period=2024-actual').ledger, 'en'))).toEqual([
      'gdp@2024-wz-sb-2024',
      'gdp-per-capita@2024-wz-sb-2024',
    ]);
  });
});

describe('export', () => {
  it('writes CSV with a BOM, a header, both labels, and quotes escaped', () => {
    const csv = toCsv(filterRows(rows, { ...all, q: 'PM2.5' }).map(exportRecord));
    expect(csv.startsWith('\uFEFF"id","indicator_id","label_zh","label_en"')).toBe(true);
    const [, line] = csv.split('\r\n');
    expect(line).toContain('"pm25@2023"');
    expect(line).toContain('"PM2.5浓度"');
    expect(line).toContain(',29.2,"微克/立方米"');
    expect(line).toContain('"29.2 µg/m³"');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it('keeps the printed value, qualifier and both renderings', () => {
    const record = exportRecord(rows.find((r) => r.id === 'cluster-biomed@2023')!);
    expect(record).toMatchObject({
      value: 380,
      unit: '亿元',
      qualifier: '超',
      growth_pct: 25.4,
      display_zh: '超380亿元，增长25.4%',
      display_en: 'over CNY 38 billion, up 25.4%',
    });
    expect(Object.keys(record)).toEqual([...EXPORT_COLUMNS]);
  });

  it('carries the document of every row: id and citation, and the location of a cited value', () => {
    for (const row of rows) {
      const record = exportRecord(row);
      expect(record.doc_id, row.id).toBe(row.value.doc);
      expect(record.doc_citation_zh, row.id).toBe(documentCitation(row.document!, 'zh'));
      expect(record.doc_citation_en, row.id).toBe(documentCitation(row.document!, 'en'));
      expect(record.doc_title_zh).toBe(row.document!.title.zh);
      expect(record.doc_date).toBe(row.document!.date);
      expect(record.quote === '', row.id).toBe(row.cited);
      expect(record.location_zh === '', row.id).toBe(!row.cited);
    }
    const csv = toCsv(filterRows(rows, { ...everyDoc, doc: 'WZ-GWR-2025', q: 'gdp' }).map(exportRecord));
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toContain(
      '"doc_id","doc_short_zh","doc_short_en","doc_kind","doc_title_zh","doc_title_en","doc_issuer_zh","doc_issuer_en","doc_date","doc_index_number","doc_citation_zh"',
    );
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      expect(line).toContain('"WZ-GWR-2025","2025年政府工作报告","2025 work report","work-report"');
      expect(line).toContain('"2025-01-06","014195072/2025-00001"');
    }
    const ratio = exportRecord(rows.find((r) => r.id === 'industry-structure@2024-wz-sb-2024')!);
    expect(ratio).toMatchObject({
      value: null,
      value_as_printed: '0.98:46.66:52.36',
      display_zh: '0.98:46.66:52.36',
      doc_id: 'WZ-SB-2024',
      location_zh: '一、综合',
    });
    const aim = rows.find((r) => r.id === 'budget-revenue@2025-wz-gwr-2025')!;
    expect(shownFigure(aim.value, 'zh')).toBe('保持正增长');
    expect(exportRecord(aim).display_en).toBe('keep growing (positive growth)');
  });

  it('neutralises spreadsheet formulas and doubles quotes', () => {
    const row = rows[0]!;
    const hostile = { ...exportRecord(row), label_en: '=HYPERLINK("x")' };
    expect(toCsv([hostile])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
