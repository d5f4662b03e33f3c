import { describe, expect, it } from 'vitest';
import { dataset, reportText } from '../../shared/dataset/datasetFile.testutil';
import { buildSlides, type Slide } from './slides';
import { slideFigures } from './slideFigures';
import { noteSentence, slideNotes, trimLeadIn, trimRunOn } from './speakerNotes';

const slides = buildSlides(dataset);
const slide = (id: string): Slide => slides.find((s) => s.id === id)!;
const whole = (n: { sentence: { before: string; quote: string; after: string } }) =>
  n.sentence.before + n.sentence.quote + n.sentence.after;

describe('slideNotes', () => {
  it('gives the headline slide the report’s GDP sentence, verbatim, with the value as printed', () => {
    const notes = slideNotes(slide('headline'), dataset, reportText);
    expect(notes).toHaveLength(10);
    const gdp = notes[0]!;
    expect(whole(gdp)).toBe('2023年完成地区生产总值1638亿元、增长4.5%（预计数、下同）；');
    expect(whole(gdp)).toContain('2023年完成地区生产总值1638亿元、增长4.5%');
    expect(gdp.figures).toEqual([
      expect.objectContaining({
        id: 'gdp@2023',
        printed: '1638亿元，增长4.5%',
        english: 'CNY 163.8 billion, up 4.5%',
        outcome: null,
        label: expect.objectContaining({ en: expect.stringContaining('GDP') }),
      }),
    ]);
  });

  it('has a note for every figure the slide shows, and every sentence stands in the report', () => {
    for (const s of slides) {
      const notes = slideNotes(s, dataset, reportText);
      expect(
        notes.flatMap((n) => n.figures.map((f) => f.id)),
        s.id,
      ).toEqual(slideFigures(s, dataset).map((f) => f.value.id));
      for (const note of notes) {
        expect(reportText).toContain(note.sentence.quote);
        // The kept text either side is the report's own, around the quote.
        expect(reportText).toContain(whole(note).replace(/^……/, '').replace(/……$/, ''));
      }
    }
  });

  it('gives each 2024 target its status and the outcome that decides', () => {
    const notes = slideNotes(slide('outcomes'), dataset, reportText);
    const gdp = notes.flatMap((n) => n.figures).find((f) => f.id === 'gdp@2024')!;
    expect(gdp.outcome).toEqual({ status: 'met', printed: '2005.70亿元，增长5.3%' });
    const investment = notes.flatMap((n) => n.figures).find((f) => f.id === 'industrial-investment@2024')!;
    expect(investment.outcome?.status).toBe('missed');
    // On the targets slide, the 2023 change shown beside the target comes with it.
    const targets = slideNotes(slide('targets'), dataset, reportText).flatMap((n) => n.figures);
    expect(targets.find((f) => f.id === 'gdp@2024')?.previous).toBe('增长4.5%');
    // A 2023 figure has no status.
    expect(slideNotes(slide('headline'), dataset, reportText).every((n) => n.figures.every((f) => f.outcome === null))).toBe(true);
  });

  it('gathers the figures one sentence gives into one note', () => {
    const notes = slideNotes(slide('clusters'), dataset, reportText);
    const targets = notes.find((n) => n.figures.length > 1)!;
    expect(targets.figures.map((f) => f.printed)).toEqual(['突破1500亿元', '突破1000亿元', '突破440亿元']);
    expect(targets.figures.every((f) => f.outcome?.status === 'not-yet-reported')).toBe(true);
  });

  it('adds the statements a zone slide shows, and nothing for a slide without figures', () => {
    const hitech = slideNotes(slide('zone-hitech'), dataset, reportText);
    expect(hitech.length).toBeGreaterThan(0);
    expect(hitech.every((n) => n.figures.length === 0 && n.statement !== null)).toBe(true);
    expect(slideNotes(slide('title'), dataset, reportText)).toEqual([]);
    expect(slideNotes(slide('closing'), dataset, reportText)).toEqual([]);
  });

  it('gives the quote alone while the report text is not loaded', () => {
    const [gdp] = slideNotes(slide('headline'), dataset, null);
    expect(gdp!.sentence).toEqual({ before: '', quote: '2023年完成地区生产总值1638亿元、增长4.5%（预计数、下同）', after: '' });
  });
});

describe('trimming a sentence for a note', () => {
  it('keeps a short sentence whole and marks what it leaves out', () => {
    expect(trimLeadIn('')).toBe('');
    expect(trimLeadIn('……')).toBe('');
    expect(trimLeadIn('多项指标名列全市前茅：')).toBe('……');
    expect(trimLeadIn('深入实施现代服务业提质增效工程，')).toBe('深入实施现代服务业提质增效工程，');
    // Longer: from a comma within reach, or from the quote itself rather than mid-phrase.
    expect(trimLeadIn('……一二三四五六七八九十，一二三四五六七，')).toBe('……一二三四五六七，');
    expect(trimLeadIn('一二三四五六七八九十一二三四五六七八九十')).toBe('……');
    expect(trimRunOn('；……')).toBe('；');
    expect(trimRunOn('，空气质量综合水平全市第一。')).toBe('，空气质量综合水平全市第一。');
    expect(trimRunOn('，一二三四五六七八九十一二三四五六七八九十。')).toBe('，……');
    expect(trimRunOn('一二三四五六七八九十一二三四五六七八九十。')).toBe('……');
  });

  it('reads the sentence from the report around the quote', () => {
    expect(noteSentence(reportText, '完成规上工业产值2502亿元、增长2%')).toEqual({
      before: '……',
      quote: '完成规上工业产值2502亿元、增长2%',
      after: '；',
    });
    expect(noteSentence(reportText, '不在报告里的句子')).toEqual({ before: '', quote: '不在报告里的句子', after: '' });
  });
});
