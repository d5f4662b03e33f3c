import type { NoteCode, PrintedValue } from '../dataset/schema';
import { findNumbers, locateQuote } from './reportFigures';
import type { Paragraph } from './reportStructure';

/**
 * Notes the report writes once and carries forward. Its first paragraph says
 * 「2023年完成地区生产总值1638亿元、增长4.5%（预计数、下同）」: 下同 ("likewise
 * below") makes the note hold for the figures that follow, not for GDP alone.
 *
 * The rule, derived from the text rather than from a list of ids:
 * - the note's scope runs from the clause it is attached to, to the end of the
 *   part of the report it stands in (the 2023 review; the 2024 plan is a list of
 *   targets, which are not estimates of anything);
 * - it governs the figures of the same year and kind as the one it is attached
 *   to (2023 actuals);
 * - except counts that are a matter of record when the report is given, not an
 *   estimate: recognitions conferred by another body (获评, 获, 入选, 入围, 跻身,
 *   摘得, 创成: "14 firms were named…", "2 gold medals") and runs of consecutive
 *   years (连续16年). Cumulative totals (累计有效高企1706家) are year-end counts
 *   like any other and stay preliminary.
 */

/** The report's words for the notes it can carry (预计数 preliminary, 同口径 comparable basis, 累计 cumulative). */
const NOTE_WORDS: Readonly<Record<string, NoteCode>> = { 预计数: 'preliminary', 同口径: 'comparableBasis', 累计: 'cumulative' };

/** Words in a figure's clause that make it a matter of record rather than an estimate. */
export const RECORD_WORDS = ['获评', '获', '入选', '入围', '跻身', '摘得', '创成', '连续'] as const;

const CLAUSE_BREAK = /[，；。：！？\n]/;

export interface CarriedNote {
  note: NoteCode;
  /** Where the marker 「（预计数、下同）」 stands. */
  marker: number;
  /** The scope: from the start of the clause the note is attached to, to the end of its part of the report. */
  start: number;
  end: number;
}

function clauseStart(text: string, position: number): number {
  let i = position;
  while (i > 0 && !CLAUSE_BREAK.test(text.charAt(i - 1))) i -= 1;
  return i;
}

function clauseEnd(text: string, position: number): number {
  let i = position;
  while (i < text.length && !CLAUSE_BREAK.test(text.charAt(i))) i += 1;
  return i;
}

/** The part of the report a section belongs to: 'review' (2023) or 'plan' (2024). */
const partOf = (paragraph: Paragraph) => paragraph.section?.split('-')[0] ?? null;

/** Every 「（…、下同）」 marker of the report, with the scope it governs. */
export function carriedNotes(report: string, paragraphs: readonly Paragraph[]): CarriedNote[] {
  const notes: CarriedNote[] = [];
  for (const match of report.matchAll(/（([^（）]+?)[、，]下同）/g)) {
    const words = match[1] ?? '';
    const note = NOTE_WORDS[words];
    if (!note) throw new Error(`unknown carried note 「${words}」 at ${match.index}`);
    const marker = match.index;
    const here = paragraphs.find((p) => marker >= p.start && marker < p.end);
    const part = here ? partOf(here) : null;
    if (!here || !part) throw new Error(`carried note 「${words}」 stands outside the report's sections`);
    const lastOfPart = paragraphs.filter((p) => partOf(p) === part).at(-1) ?? here;
    notes.push({ note, marker, start: clauseStart(report, marker), end: lastOfPart.end });
  }
  return notes;
}

/** Where the figure of a value stands in the report: its printed number, else its printed change. */
export function figurePosition(report: string, value: PrintedValue): number | null {
  const at = locateQuote(report, value.quote);
  if ('error' in at) return null;
  const tokens = findNumbers(value.quote);
  const token =
    tokens.find((t) => value.value !== null && t.value === value.value && t.unit === value.unit) ??
    tokens.find((t) => value.growthPct !== undefined && t.value === Math.abs(value.growthPct) && t.unit === '%');
  return token ? at.start + token.start : null;
}

/** Whether the clause holding a figure makes it a matter of record (an award, a run of years). */
export function isMatterOfRecord(report: string, position: number): boolean {
  const clause = report.slice(clauseStart(report, position), clauseEnd(report, position));
  return RECORD_WORDS.some((word) => clause.includes(word));
}

/**
 * The notes the report carries to each value: a value gets a carried note when
 * its figure stands in the note's scope, it has the year and kind of the figure
 * the note is attached to (the last one before the marker), and it is not a
 * matter of record. Values the report carries no note to are absent.
 */
export function carriedNotesByValue(
  report: string,
  paragraphs: readonly Paragraph[],
  values: readonly PrintedValue[],
): Map<string, NoteCode[]> {
  const placed = values.flatMap((value) => {
    const position = figurePosition(report, value);
    return position === null ? [] : [{ value, position }];
  });
  const result = new Map<string, NoteCode[]>();
  for (const note of carriedNotes(report, paragraphs)) {
    const anchor = placed
      .filter(({ position }) => position >= note.start && position < note.marker)
      .sort((a, b) => b.position - a.position)[0];
    if (!anchor) throw new Error(`no figure before the carried note at ${note.marker}`);
    for (const { value, position } of placed) {
      const governed =
        position >= note.start &&
        position < note.end &&
        value.year === anchor.value.year &&
        value.kind === anchor.value.kind &&
        !isMatterOfRecord(report, position);
      if (governed) result.set(value.id, [...(result.get(value.id) ?? []), note.note]);
    }
  }
  return result;
}
