/**
 * Text measured without a DOM: widths are estimated from character classes, on the wide side, so a
 * label measured in a browser is never larger than its box; and labels wrapped into balanced lines.
 */

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d]/;

/**
 * Advance widths in em, close to DejaVu Sans (the widest of the usual system
 * sans faces); CJK ideographs and full-width punctuation are one em.
 */
function charEm(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (ch === ' ') return 0.33;
  if (/[il.,:;'|!]/.test(ch)) return 0.3;
  if (/[fjrt()[\]-]/.test(ch)) return 0.42;
  if (/[mwMW]/.test(ch)) return 0.98;
  if (/[A-Z]/.test(ch)) return 0.74;
  if (/[0-9]/.test(ch)) return 0.64;
  return 0.62;
}

export type Weight = 'normal' | 'bold';

export function estimateTextWidth(text: string, fontSize: number, weight: Weight = 'normal'): number {
  // Bold widens Latin letters; an ideograph stays one em whatever its weight.
  const em = [...text].reduce((sum, ch) => sum + charEm(ch) * (weight === 'bold' && !CJK.test(ch) ? 1.1 : 1), 0);
  return em * fontSize;
}

/**
 * Breaks a label at spaces into as few lines as fit `maxEm` (a single word
 * wider than that keeps its own line), then evens the lines out: "Taihu /
 * New City", not "Taihu New / City". Chinese labels have no spaces and stay
 * on one line: they are short.
 */
export function wrapLabel(text: string, maxEm: number): string[] {
  const words = text.trim().split(/\s+/);
  const width = (line: string) => estimateTextWidth(line, 1);
  // A line may be as wide as the widest word: that word sets the label's width anyway.
  const limit = Math.max(maxEm, ...words.map(width));
  const greedy: string[] = [];
  for (const word of words) {
    const last = greedy[greedy.length - 1];
    if (last !== undefined && width(`${last} ${word}`) <= limit) greedy[greedy.length - 1] = `${last} ${word}`;
    else greedy.push(word);
  }
  return balance(words, greedy.length, width) ?? greedy;
}

/** The split of `words` into `count` lines whose widest line is narrowest (labels have a handful of words). */
function balance(words: readonly string[], count: number, width: (line: string) => number): string[] | null {
  if (count <= 1 || words.length > 8) return null;
  let best: { lines: string[]; widest: number } | null = null;
  const split = (from: number, left: number, lines: string[]) => {
    if (left === 1) {
      const all = [...lines, words.slice(from).join(' ')];
      const widest = Math.max(...all.map(width));
      if (!best || widest < best.widest) best = { lines: all, widest };
      return;
    }
    for (let end = from + 1; end <= words.length - left + 1; end++) split(end, left - 1, [...lines, words.slice(from, end).join(' ')]);
  };
  split(0, count, []);
  return (best as { lines: string[] } | null)?.lines ?? null;
}
