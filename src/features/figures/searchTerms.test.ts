// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import { MAX_QUERY_LENGTH, STATE_PARAMS } from '../../shared/lib/appUrl';
import { DEFAULT_LEDGER } from '../../shared/lib/appUrl';
import { documentHaystack, filterRows, ledgerRows } from './ledgerRows';
import { ledgerPrefilter, searchTerms } from './searchTerms';

const rows = ledgerRows(dataset);
const docs = dataset.documents.map((document) => document.id);
const docHaystacks = dataset.documents.map((document) => ({ id: document.id, h: documentHaystack(document) }));
// As the build inlines them: standalone, from their source text.
const inline = <T>(fn: T): T => new Function(`return (${String(fn)})`)() as T;
const prefilter = inline(ledgerPrefilter);
const terms = inline(searchTerms);

/** A figures page as prerendered: every row with its haystack and document, every document listed. */
function page(): Document {
  const list = docs.map((doc) => `<li data-document="${doc}"></li>`).join('');
  document.documentElement.setAttribute('data-prefilter', '');
  document.body.innerHTML = `<div id="root" data-prerendered="zh"><main><table><tbody>${rows
    .map((row) => `<tr data-value="${row.id}" data-doc="${row.value.doc}"></tr>`)
    .join(
      '',
    )}</tbody></table><p class="ledger-empty" hidden></p><section class="ledger-documents"><ul>${list}</ul></section></main><footer><ul>${list}</ul></footer></div>`;
  document.querySelectorAll('tr').forEach((tr, i) => tr.setAttribute('data-h', rows[i]!.ownHaystack));
  return document;
}

/** The elements matching `what` that the style's rules ending in `declaration` select (the engine's own matching). */
let built: Document | undefined;
function selected(css: string, declaration: string, what: string): Element[] {
  const doc = (built ??= page());
  return css
    .split('\n')
    .filter((rule) => rule.endsWith(declaration))
    .flatMap((rule) => [...doc.querySelectorAll(rule.slice(0, rule.indexOf('{')))])
    .filter((el) => el.matches(what));
}

/** What the style hides, by row or document. */
const hidden = (css: string, what: string): string[] =>
  selected(css, '{display:none}', what).map((el) => el.getAttribute('data-value') ?? el.getAttribute('data-document') ?? '');

describe('the figures page filtered before the app loads', () => {
  const queries = [
    'PM2.5',
    'ＰＭ２.５',
    'gdp',
    '地区生产总值 2023',
    '机器人',
    'WZ-GWR-2025',
    'robot billion',
    '"',
    'a\\b',
    '亿元 增长',
    'nothing-matches-this',
  ];

  it.each(queries)(
    'hides exactly the rows the app does not show, and the documents they do not cite, for q=%s',
    { timeout: 30_000 },
    (q) => {
      const result = prefilter(`?q=${encodeURIComponent(q)}`, STATE_PARAMS, MAX_QUERY_LENGTH, docHaystacks, terms);
      expect(result?.q).toBe(q);
      const shown = new Set(filterRows(rows, { ...DEFAULT_LEDGER, q }).map((row) => row.id));
      const hiddenRows = hidden(result!.css, 'tr');
      expect(rows.filter((row) => !hiddenRows.includes(row.id)).map((row) => row.id)).toEqual([...shown]);
      // The documents listed under the table: those the shown rows cite (FiguresView's shownDocuments).
      const cited = new Set(rows.filter((row) => shown.has(row.id)).map((row) => row.value.doc));
      expect(docs.filter((doc) => !hidden(result!.css, '.ledger-documents li').includes(doc))).toEqual(
        docs.filter((doc) => cited.has(doc)),
      );
      // The footer's list of every document stays whole.
      expect(hidden(result!.css, 'footer li')).toEqual([]);
      // No match: the app's message shows and the documents list goes, as in the app; else neither.
      const none = shown.size === 0;
      expect(selected(result!.css, '{display:block}', '.ledger-empty')).toHaveLength(none ? 1 : 0);
      expect(selected(result!.css, '{display:none}', 'section.ledger-documents')).toHaveLength(none ? 1 : 0);
    },
  );

  it('uses the app’s terms', () => {
    expect(terms('  ＰＭ２.５\t地区  ')).toEqual(['pm2.5', '地区']);
    expect(searchTerms('PM2.5 GDP')).toEqual(['pm2.5', 'gdp']);
  });

  it('reads the search as the app does: cut at its maximum length', () => {
    const long = 'x'.repeat(MAX_QUERY_LENGTH + 20);
    expect(prefilter(`?q=${long}`, STATE_PARAMS, MAX_QUERY_LENGTH, docHaystacks, terms)?.q).toBe('x'.repeat(MAX_QUERY_LENGTH));
  });

  it('leaves every other state, and an empty search, to the app', () => {
    for (const search of [
      '',
      '?q=',
      '?q=%20%20',
      '?q=gdp&sort=value',
      '?q=gdp&doc=WZ-GWR-2025',
      '?q=gdp&fig=gdp@2023',
      '?section=plan-overview',
    ])
      expect(prefilter(search, STATE_PARAMS, MAX_QUERY_LENGTH, docHaystacks, terms)).toBeNull();
  });
});
