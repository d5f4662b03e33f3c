import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import { reportText } from '../../shared/report/reportText.testutil';
import { allValues } from '../../shared/dataset/selectors';
import { NOTE_TERMS, QUALIFIER_TERMS } from '../../shared/dataset/labels';
import { asPrinted, citation, figurePage, inEnglish, passageOf } from './figurePage';

describe('figurePage', () => {
  it('finds a figure by its id, with the glossary terms of its qualifier and notes', () => {
    const page = figurePage(dataset, 'gdp@2023')!;
    expect(page.indicator.id).toBe('gdp');
    expect(asPrinted(page.value)).toBe('1638亿元，增长4.5%');
    expect(inEnglish(page.value)).toBe('CNY 163.8 billion, up 4.5%');
    expect(page.terms.map((term) => term.id)).toEqual(['preliminary']);
    const target = figurePage(dataset, 'gdp@2024')!;
    expect(asPrinted(target.value)).toBe('增长5%以上');
    expect(target.terms.map((term) => term.id)).toEqual(['qualifier-or-more']);
  });

  it('finds nothing for an unknown or hostile id', () => {
    for (const id of [null, '', 'gdp', '<script>', 'x'.repeat(5000)]) expect(figurePage(dataset, id)).toBeNull();
  });

  it('has a page, and a passage in the report, for every value of the dataset', () => {
    for (const { value } of allValues(dataset)) {
      expect(figurePage(dataset, value.id), value.id).not.toBeNull();
      const passage = passageOf(reportText, value.quote);
      expect(passage, value.id).not.toBeNull();
      expect(passage!.quote).toBe(value.quote);
      expect(passage!.before.length + passage!.after.length, value.id).toBeLessThanOrEqual(2 * 160 + 4);
      expect(reportText, value.id).toContain(`${passage!.before}${passage!.quote}${passage!.after}`.replace(/^……|……$/g, ''));
    }
  });

  it('explains every qualifier and note from the glossary', () => {
    const ids = new Set(dataset.glossary.map((term) => term.id));
    for (const id of [...Object.values(QUALIFIER_TERMS), ...Object.values(NOTE_TERMS)]) expect(ids, id).toContain(id);
  });
});

describe('citation', () => {
  it('cites the report by title, issuer and date, with the address', () => {
    const page = figurePage(dataset, 'pm25@2023')!;
    const zh = citation(dataset, page, 'zh', 'https://example.org/?fig=pm25%402023');
    expect(zh).toMatch(
      /^2024年吴中区政府工作报告（苏州市吴中区人民政府，2024年1月8日）：「.*29\.2微克\/立方米.*」 https:\/\/example\.org\/\?fig=pm25%402023$/,
    );
    const en = citation(dataset, page, 'en', 'https://example.org/?fig=pm25%402023&lang=en');
    expect(en).toContain("Wuzhong District Government Work Report 2024 (People's Government of Wuzhong District, Suzhou, 8 January 2024)");
    expect(en).toContain('29.2 µg/m³');
    expect(en).toContain('https://example.org/?fig=pm25%402023&lang=en');
  });
});
