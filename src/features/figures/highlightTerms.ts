import { normalizeText } from './ledgerRows';
import { searchTerms } from './searchTerms';

export interface Run {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into runs that match one of the search terms and runs that
 * don't, comparing normalised forms (Ⅲ matches "iii", ＰＭ matches "pm") while
 * returning slices of the original text. Plain text in, plain text out.
 */
export function highlightTerms(text: string, query: string): Run[] {
  const terms = searchTerms(query);
  if (terms.length === 0 || text === '') return [{ text, match: false }];

  // Map every code unit of the normalised text back to the original index it came from.
  let normalized = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const n = normalizeText(char);
    normalized += n;
    for (let k = 0; k < n.length; k++) origin.push(index);
    index += char.length;
  }

  const hit = new Uint8Array(text.length);
  for (const term of terms) {
    for (let at = normalized.indexOf(term); at >= 0; at = normalized.indexOf(term, at + 1)) {
      const from = origin[at] ?? 0;
      const lastOrigin = origin[at + term.length - 1] ?? from;
      // Cover the whole original character the last matched unit came from.
      const to = lastOrigin + ((text.codePointAt(lastOrigin) ?? 0) > 0xffff ? 2 : 1);
      hit.fill(1, from, to);
    }
  }

  const runs: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    const match = hit[i] === 1;
    const last = runs.at(-1);
    if (last && last.match === match) last.text += text[i];
    else runs.push({ text: text[i] as string, match });
  }
  return runs;
}
