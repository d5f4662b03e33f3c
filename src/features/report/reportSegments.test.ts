import { describe, expect, it } from 'vitest';
import { dataset, reportText } from '../../shared/dataset/datasetFile.testutil';
import { parseReport } from '../../shared/report/reportStructure';
import { locateValues, matchFigures } from '../../shared/report/figureIndex';
import { findSource, segmentParagraph, valuesInParagraph } from './reportSegments';

const paragraphs = parseReport(reportText);
const located = locateValues(dataset, reportText);
const figures = matchFigures(reportText, located);
const gdpParagraph = paragraphs.find((p) => p.text.includes('地区生产总值1638亿元'))!;

describe('segmentParagraph', () => {
  it('keeps the text exactly, whatever the cuts', () => {
    for (const paragraph of paragraphs) {
      const source = findSource(dataset, reportText, 'gdp@2023');
      const text = segmentParagraph(paragraph, source?.span ?? null, figures)
        .map((s) => s.text)
        .join('');
      expect(text).toBe(paragraph.text);
    }
  });

  it('marks the passage and links its figures to their values', () => {
    const source = findSource(dataset, reportText, 'gdp@2023')!;
    const segments = segmentParagraph(gdpParagraph, source.span, figures);
    expect(
      segments
        .filter((s) => s.marked)
        .map((s) => s.text)
        .join(''),
    ).toBe('2023年完成地区生产总值1638亿元、增长4.5%（预计数、下同）');
    expect(segments.filter((s) => s.valueId === 'gdp@2023').map((s) => s.text)).toEqual(['1638亿元', '4.5%']);
    expect(segments.find((s) => s.text === '222.6亿元')).toMatchObject({ marked: false, valueId: 'budget-revenue@2023' });
  });

  it('links every figure of the report to some value', () => {
    const linked = paragraphs.flatMap((p) => segmentParagraph(p, null, figures)).filter((s) => s.valueId !== null);
    expect(linked.length).toBe(figures.filter((f) => f.values.length > 0).length);
    expect(linked.length).toBeGreaterThan(270);
  });
});

describe('findSource', () => {
  it('finds values and zone statements, and nothing for unknown ids', () => {
    const pm25 = findSource(dataset, reportText, 'pm25@2023')!;
    expect(reportText.slice(pm25.span.start, pm25.span.end)).toContain('PM2.5浓度29.2微克/立方米');
    expect(findSource(dataset, reportText, 'etdz-industrial-big-data')).not.toBeNull();
    expect(findSource(dataset, reportText, '<script>')).toBeNull();
    expect(findSource(dataset, reportText, null)).toBeNull();
  });
});

describe('valuesInParagraph', () => {
  it('lists the values of a paragraph in text order', () => {
    const ids = valuesInParagraph(gdpParagraph, located).map((l) => l.value.id);
    expect(ids.slice(0, 2)).toEqual(['gdp@2023', 'budget-revenue@2023']);
  });
});
