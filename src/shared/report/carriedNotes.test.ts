import { describe, expect, it } from 'vitest';
import { dataset, reportText } from '../dataset/datasetFile.testutil';
import { parseReport } from './reportStructure';
import { carriedNotes, carriedNotesByValue, isMatterOfRecord } from './carriedNotes';
import { NOTE_CODES } from '../dataset/codes';

const paragraphs = parseReport(reportText);
const values = dataset.indicators.flatMap((indicator) => indicator.values);

describe('notes the report carries with 下同', () => {
  it("finds the report's 「（预计数、下同）」 and scopes it to the 2023 review", () => {
    const notes = carriedNotes(reportText, paragraphs);
    expect(notes.map((n) => n.note)).toEqual(['preliminary']);
    const [note] = notes;
    if (!note) throw new Error('no carried note');
    expect(reportText.slice(note.start, note.marker)).toBe('2023年完成地区生产总值1638亿元、增长4.5%');
    // The scope ends with the review's last section, before the thanks and the 2024 plan.
    expect(reportText.slice(note.end - 9, note.end)).toBe('等工作取得新进展。');
    expect(reportText.indexOf('2024年主要任务')).toBeGreaterThan(note.end);
  });

  it('carries each note to every figure it governs, and to no other', () => {
    const carried = carriedNotesByValue(reportText, paragraphs, values);
    const problems: string[] = [];
    for (const value of values) {
      for (const note of NOTE_CODES) {
        const governed = carried.get(value.id)?.includes(note) ?? false;
        // Notes the report writes next to a figure itself (同口径增长, 累计有效高企) are not carried ones.
        const writtenHere = note !== 'preliminary';
        const stored = value.notes?.includes(note) ?? false;
        if (governed && !stored) problems.push(`${value.id}: governed by 「${note}、下同」 but lacks the note`);
        if (!governed && stored && !writtenHere) problems.push(`${value.id}: carries ${note}, which the report does not carry to it`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('governs the 2023 figures of the review, headline tiles included', () => {
    const carried = carriedNotesByValue(reportText, paragraphs, values);
    for (const id of [
      'gdp@2023',
      'budget-revenue@2023',
      'fdi@2023',
      'retail-sales@2023',
      'high-tech-enterprises@2023',
      'pm25@2023',
      'school-places@2023',
    ]) {
      expect(carried.get(id), id).toEqual(['preliminary']);
    }
    for (const value of values.filter((v) => v.kind === 'target')) expect(carried.has(value.id), value.id).toBe(false);
    expect(carried.size).toBeGreaterThan(100);
  });

  it('leaves out counts that are a matter of record: awards, selections, runs of years', () => {
    const carried = carriedNotesByValue(reportText, paragraphs, values);
    for (const id of [
      'skills-competition-golds@2023',
      'provincial-sci-tech-awards@2023',
      'taihu-safe-summers@2023',
      'national-talent-programmes@2023',
    ]) {
      expect(carried.has(id), id).toBe(false);
    }
    expect(isMatterOfRecord(reportText, reportText.indexOf('2枚金牌'))).toBe(true);
    expect(isMatterOfRecord(reportText, reportText.indexOf('8800个'))).toBe(false);
  });

  it('reads the rule from the text: a second marker in the plan would govern its own part', () => {
    const text = `${reportText}`.replace('地区生产总值增长5%以上', '地区生产总值增长5%以上（同口径、下同）');
    const notes = carriedNotes(text, parseReport(text));
    expect(notes.map((n) => n.note)).toEqual(['preliminary', 'comparableBasis']);
    expect(text.slice(notes[1]?.start, notes[1]?.marker)).toBe('地区生产总值增长5%以上');
  });
});
