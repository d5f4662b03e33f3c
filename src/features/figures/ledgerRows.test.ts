import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import { EXPORT_COLUMNS, exportRecord, filterRows, ledgerRows, selectRows, sortRows, toCsv } from './ledgerRows';
import { parseAppUrl } from '../../shared/lib/appUrl';

const rows = ledgerRows(dataset);
const all = { q: '', section: null, theme: null, period: null } as const;
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('ledgerRows', () => {
  it('has one row per printed value', () => {
    expect(rows.length).toBe(dataset.indicators.reduce((n, i) => n + i.values.length, 0));
    expect(new Set(ids(rows)).size).toBe(rows.length);
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
    expect(ecology2024.every((r) => r.value.section === 'plan-ecology' && r.value.year === 2024)).toBe(true);
    const education = filterRows(rows, { ...all, theme: 'education' });
    expect(ids(education)).toContain('school-places@2024');
    expect(education.every((r) => r.themes.includes('education'))).toBe(true);
    const targets = filterRows(rows, { ...all, period: '2024-target' });
    expect(targets.every((r) => r.value.kind === 'target')).toBe(true);
    expect(filterRows(rows, { ...all, period: '2023-actual' }).length + targets.length).toBe(rows.length);
  });
});

describe('sortRows', () => {
  it('keeps report order by default: 2023 review first', () => {
    const sorted = sortRows(rows, 'report', 'asc', 'zh');
    expect(sorted[0]?.id).toBe('gdp@2023');
    expect(sorted.findIndex((r) => r.value.year === 2024)).toBeGreaterThan(sorted.findLastIndex((r) => r.value.year === 2023));
  });

  it('sorts by value, nulls last when descending', () => {
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
    expect(ids(selectRows(rows, parseAppUrl('?q=new school places&sort=value&dir=desc').ledger, 'en'))).toEqual(['school-places@2024', 'school-places@2023']);
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
    expect(record).toMatchObject({ value: 380, unit: '亿元', qualifier: '超', growth_pct: 25.4, display_zh: '超380亿元，增长25.4%', display_en: 'over CNY 38 billion, up 25.4%' });
    expect(Object.keys(record)).toEqual([...EXPORT_COLUMNS]);
  });

  it('neutralises spreadsheet formulas and doubles quotes', () => {
    const row = rows[0]!;
    const hostile = { ...exportRecord(row), label_en: '=HYPERLINK("x")' };
    expect(toCsv([hostile])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
