import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dataset } from './schema';
import { dataset, rawDataset, reportText } from './datasetFile.testutil';
import { findNumbers, locateQuote } from '../report/reportFigures';
import { parseReport, sectionAt } from '../report/reportStructure';
import { printedGrowth, printedValue } from './printed';
import { QUALIFIER_POSITION, QUALIFIERS } from './codes';

const allValues = dataset.indicators.flatMap((indicator) => indicator.values.map((value) => ({ indicator, value })));
const paragraphs = parseReport(reportText);

describe('the bundled dataset', () => {
  it('validates against the schema', () => {
    const result = Dataset.safeParse(rawDataset);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('copies the report text verbatim from the shared source', () => {
    const shared = resolve(process.cwd(), '../shared/source/wuzhong-2024-government-work-report.zh.txt');
    let source: string | null = null;
    try {
      source = readFileSync(shared, 'utf8');
    } catch {
      // The shared folder exists on the team's machines, not in every clone; the quotes below still pin the text.
    }
    if (source !== null) expect(reportText).toBe(source);
    expect(reportText.startsWith('2024年吴中区政府工作报告')).toBe(true);
  });

  it('has unique indicator, value, zone and statement ids', () => {
    const ids = [
      ...dataset.indicators.map((i) => `indicator:${i.id}`),
      ...allValues.map(({ value }) => `value:${value.id}`),
      ...dataset.zones.map((z) => `zone:${z.id}`),
      ...dataset.zones.flatMap((z) => z.statements.map((s) => `statement:${s.id}`)),
    ];
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('names every indicator and zone in both languages', () => {
    for (const indicator of dataset.indicators) {
      expect(indicator.name.zh, indicator.id).toMatch(/[\u4e00-\u9fff]/);
      expect(indicator.name.en, indicator.id).toMatch(/[A-Za-z]/);
    }
    for (const zone of dataset.zones) {
      for (const text of [zone.name, zone.shortName, zone.description]) {
        expect(text.zh, zone.id).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en, zone.id).toMatch(/[A-Za-z]/);
      }
    }
  });

  it('quotes every value verbatim, once in the report, holding its printed value and change', () => {
    const problems: string[] = [];
    for (const { value } of allValues) {
      const at = locateQuote(reportText, value.quote);
      if ('error' in at) {
        problems.push(`${value.id}: quote ${at.error}: ${value.quote}`);
        continue;
      }
      for (const phrase of [printedValue(value), printedGrowth(value)]) {
        if (phrase !== null && !value.quote.includes(phrase)) problems.push(`${value.id}: quote lacks "${phrase}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('places every value in the section of the report its quote stands in', () => {
    const problems = allValues
      .map(({ value }) => {
        const at = locateQuote(reportText, value.quote);
        const section = 'error' in at ? null : sectionAt(paragraphs, at.start);
        return section === value.section ? null : `${value.id}: stored ${value.section}, quote stands in ${section}`;
      })
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('records every qualifier the report writes next to a figure, and no other', () => {
    const problems: string[] = [];
    for (const { value } of allValues) {
      const at = locateQuote(reportText, value.quote);
      if ('error' in at) continue;
      for (const token of findNumbers(value.quote)) {
        const isValue = value.value !== null && token.value === value.value && token.unit === value.unit;
        const isGrowth = value.growthPct !== undefined && token.value === Math.abs(value.growthPct) && token.unit === '%';
        if (!isValue && !isGrowth) continue;
        const before = value.quote.slice(0, token.start);
        const after = value.quote.slice(token.figureEnd);
        // Each qualifier where QUALIFIER_POSITION says the report writes it; longest first (恢复至 before 至).
        const written = QUALIFIERS.filter((q) => {
          const position = QUALIFIER_POSITION[q];
          if (position === 'after') return after.startsWith(q);
          if (position === 'odd') return value.quote.startsWith(q, token.end);
          return before.endsWith(q);
        }).sort((a, b) => b.length - a.length)[0];
        // A percentage that is both the value and the change cannot be told apart here; the phrase test covers it.
        if (isValue && isGrowth) continue;
        const stored = isValue ? value.qualifier : value.growthQualifier;
        if (written !== stored)
          problems.push(
            `${value.id}: report writes ${written ?? 'no qualifier'} before/after ${token.text}, dataset has ${stored ?? 'none'}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the dataset and report dates of the 2024 report', () => {
    expect(dataset.report.date).toBe('2024-01-08');
    expect(reportText).toContain('2024年1月8日');
    expect(reportText).toContain(dataset.report.speaker.zh);
  });
});
