/**
 * The ledger's search rule, in one place: a row is shown when every term of the search occurs in
 * its haystack (`ledgerRows`: its labels, quote or location, document names, normalised; filterRows). Both
 * functions stand alone, with no imports and no outside names: the build inlines them as they are
 * into the figures pages' <head> (scripts/prerender-plugin.mjs), so a shared `figures/?q=PM2.5`
 * paints only its matching rows before any script has loaded, by the very rule the app then applies.
 */

/** The terms of a search: normalised as the haystack is (NFKC, lower case: ＰＭ２.５ is pm2.5), split at white space. */
export function searchTerms(q: string): string[] {
  return q
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '');
}

/**
 * The style that shows a prerendered figures page as the app will show it for a search (`q` only,
 * at most `maxLength` characters, as the app reads it), or null when the page cannot be filtered
 * that way (no terms, or another state parameter: the view then waits for the app, as before).
 * Each row carries its own haystack (`data-h`) and its document (`data-doc`); `docs` gives each
 * document's haystack (`documentHaystack`), which completes the row's. A term occurs in a row's
 * haystack when it occurs in its own part (`[data-h*="term"]` is `includes`) or in its document's:
 * every term, every matching row. Rows that do not match, documents no shown row cites, and the
 * count (the app writes it) are hidden; the quote each matching row of the report shows is revealed;
 * when no row matches, the app's message (prerendered, hidden) is shown and the documents list hidden.
 * Only until the app has rendered (`data-ready`).
 */
export function ledgerPrefilter(
  search: string,
  state: readonly string[],
  maxLength: number,
  docs: readonly { id: string; h: string }[],
  terms: (q: string) => string[],
): { q: string; css: string } | null {
  const params = new URLSearchParams(search);
  for (const name of state) if (name !== 'q' && params.get(name)) return null;
  const q = (params.get('q') || '').slice(0, maxLength);
  const words = terms(q);
  if (words.length === 0 || q.indexOf('\0') >= 0) return null;
  const text = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  const match = words
    .map((word) => {
      const where = [`[data-h*=${text(word)}]`];
      for (const doc of docs) if (doc.h.indexOf(word) >= 0) where.push(`[data-doc=${text(doc.id)}]`);
      return `:is(${where.join(',')})`;
    })
    .join('');
  const page = 'html[data-prefilter]:not([data-ready]) #root[data-prerendered]';
  const rules = [
    `${page} tbody tr[data-h]:not(${match}){display:none}`,
    `${page} tbody tr[data-h] .match-quote[hidden]{display:block}`,
    `${page} .ledger-count{visibility:hidden}`,
    // Nothing matches: the app's own message, which follows the table, so it is only shown once the
    // whole table has arrived; and no documents list, as in the app. Until then the rest of the view
    // (its intro, its controls) paints as it arrives: hiding the view until a matching row had been
    // parsed held a shared search's first paint back until row 80 or so of 360.
    `${page}:not(:has(tbody tr${match})) .ledger-empty[hidden]{display:block}`,
    `${page}:not(:has(tbody tr${match})) .ledger-documents{display:none}`,
  ];
  for (const doc of docs)
    rules.push(
      `${page}:not(:has(tbody tr[data-doc=${text(doc.id)}]${match})) .ledger-documents li[data-document=${text(doc.id)}]{display:none}`,
    );
  return { q, css: rules.join('\n') };
}
