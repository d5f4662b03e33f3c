import type { AnyValue, Bilingual, Dataset, Indicator, PrintedValue } from '../../shared/dataset/schema';
import type { OutcomeStatus } from '../../shared/dataset/outcome';
import { decidingOutcome, primaryTargetOutcomes, type TargetWithOutcome } from '../../shared/dataset/targetOutcomes';
import { findValue } from '../../shared/dataset/selectors';
import { printedGrowth, printedValue } from '../../shared/dataset/printed';
import { asPrinted, inEnglish, passageOf, type Passage } from '../figure/figurePage';
import { slideFigures, slideStatements } from './slideFigures';
import type { Slide } from './slides';

/**
 * The speaker's notes for a slide, generated from the dataset (never written per slide):
 * for each figure the slide shows, the report's own sentence around it, the value as
 * printed (and in English), and for a 2024 target what happened to it; for each statement
 * a zone slide shows, its sentence. Figures the report gives in one sentence share a note.
 * Pure: no pixels here.
 */

export interface NoteOutcome {
  status: OutcomeStatus;
  /** The outcome that decides, as its document prints it (2005.70亿元，增长5.3%). */
  printed: string | null;
}

export interface NoteFigure {
  /** The value's id (gdp@2023). */
  id: string;
  label: Bilingual;
  year: number;
  kind: PrintedValue['kind'];
  /** The value as the report prints it: 1638亿元，增长4.5%. */
  printed: string;
  /** The same value as the English page writes it: CNY 163.8 billion, up 4.5%. */
  english: string;
  /** For a 2024 target of the report: what happened to it, where a document reports it. */
  outcome: NoteOutcome | null;
  /** On the targets slide, the 2023 change shown beside the target, as printed. */
  previous: string | null;
}

export interface SpeakerNote {
  /** The report's sentence: the verbatim quote with the rest of its sentence either side ("……" where text is left out). */
  sentence: Passage;
  /** The figures this sentence gives, in the slide's order; none for a statement. */
  figures: NoteFigure[];
  /** A zone's statement the slide shows, in both languages. */
  statement: Bilingual | null;
}

/** How much of the sentence either side of the quote a note keeps: enough to read it aloud, short enough to see a whole slide's notes at once. */
export const NOTE_CONTEXT = 18;

const SENTENCE_END = /[。；！？]$/;

/**
 * The text before the quote that stands in its clause: what follows a colon, at most
 * NOTE_CONTEXT characters, cut at a comma; "……" where part of the sentence is left out.
 */
export function trimLeadIn(before: string): string {
  const sentence = before.replace(/^……/, '');
  const colon = Math.max(sentence.lastIndexOf('：'), sentence.lastIndexOf(':'));
  let kept = colon >= 0 ? sentence.slice(colon + 1) : sentence;
  if (kept.length > NOTE_CONTEXT) {
    const tail = kept.slice(-NOTE_CONTEXT);
    const comma = tail.search(/[，、]/);
    // No clause boundary near: the note starts at the quote rather than mid-phrase.
    kept = comma >= 0 ? tail.slice(comma + 1) : '';
  }
  // passageOf starts at the sentence's start unless the sentence was longer than it looks back.
  const cut = kept !== sentence || (before.startsWith('……') && !/^[。；！？]/.test(sentence) && sentence.length >= 150);
  return cut ? `……${kept}` : kept;
}

/** The text after the quote to the end of its sentence; past NOTE_CONTEXT characters, to the first comma, then "……". */
export function trimRunOn(after: string): string {
  const sentence = after.replace(/……$/, '');
  if (sentence.length <= NOTE_CONTEXT && (SENTENCE_END.test(sentence) || sentence === after)) return sentence;
  const head = sentence.slice(0, NOTE_CONTEXT);
  const comma = head.search(/[，、]/);
  return `${comma >= 0 ? head.slice(0, comma + 1) : ''}……`;
}

/** The quote in its sentence, trimmed for a note; the quote alone while the report text is not loaded. */
export function noteSentence(report: string | null, quote: string): Passage {
  const passage = report ? passageOf(report, quote) : null;
  if (!passage) return { before: '', quote, after: '' };
  return { before: trimLeadIn(passage.before), quote: passage.quote, after: trimRunOn(passage.after) };
}

/** The outcome as its document prints it: a level, a change, or both. */
function printedOutcome(value: AnyValue): string | null {
  return [printedValue(value), printedGrowth(value)].filter(Boolean).join('，') || null;
}

function outcomeOf(row: TargetWithOutcome | undefined): NoteOutcome | null {
  if (!row || !row.outcome.decided) return null;
  const deciding = decidingOutcome(row);
  return { status: row.outcome.status, printed: deciding ? printedOutcome(deciding) : null };
}

function previousChange(indicator: Indicator): string | null {
  const actual = findValue(indicator, 2023, 'actual');
  return actual ? printedGrowth(actual) : null;
}

export function slideNotes(slide: Slide, dataset: Dataset, report: string | null): SpeakerNote[] {
  const figures = slideFigures(slide, dataset);
  const statements = slideStatements(slide, dataset);
  const outcomes = figures.some(({ value }) => value.kind === 'target')
    ? new Map(primaryTargetOutcomes(dataset).map((row) => [row.target.id, row]))
    : null;
  const notes: SpeakerNote[] = [];
  const byQuote = new Map<string, SpeakerNote>();
  for (const { indicator, value } of figures) {
    const figure: NoteFigure = {
      id: value.id,
      label: indicator.name,
      year: value.year,
      kind: value.kind,
      printed: asPrinted(value),
      english: inEnglish(value),
      outcome: value.kind === 'target' && value.year === 2024 ? outcomeOf(outcomes?.get(value.id)) : null,
      previous: slide.kind === 'targets' ? previousChange(indicator) : null,
    };
    const shared = byQuote.get(value.quote);
    if (shared) {
      shared.figures.push(figure);
      continue;
    }
    const note: SpeakerNote = { sentence: noteSentence(report, value.quote), figures: [figure], statement: null };
    byQuote.set(value.quote, note);
    notes.push(note);
  }
  for (const statement of statements)
    notes.push({ sentence: noteSentence(report, statement.quote), figures: [], statement: statement.text });
  return notes;
}
