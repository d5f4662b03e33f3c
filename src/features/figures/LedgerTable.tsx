import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Lang } from '../../shared/i18n/lang';
import { KIND_KEYS, SECTION_KEYS } from '../../shared/dataset/labels';
import { FigureValue } from '../../shared/components/FigureValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { handleInternalLink, setAppUrl } from '../../shared/lib/urlState';
import type { LedgerQuery, SortKey } from '../../shared/lib/appUrl';
import { documentCitation, documentShortName, isCited, type LedgerRow } from './ledgerRows';
import { highlightTerms } from './highlightTerms';
import { TermHints } from '../../shared/components/TermHints';
import { BASIS_KEYS } from '../../shared/dataset/docLabels';
import { NoteChips } from '../../shared/components/NoteChips';
import { hasFigure, hasGrowth } from '../../shared/dataset/narrow';
import { DataTable, type HeaderCell } from '../../shared/components/DataTable';

const COLUMNS = [
  { key: 'label', label: 'figures.colLabel' },
  { key: 'value', label: 'figures.colValue' },
  { key: 'growth', label: 'figures.colChange' },
  { key: 'period', label: 'figures.colPeriod' },
  { key: 'document', label: 'ledgerDocs.colDocument' },
  { key: 'section', label: 'ledgerDocs.colWhere' },
] as const satisfies readonly { key: SortKey; label: string }[];

const POLARITY_KEYS = {
  'higher-is-better': 'figures.riseGood',
  'lower-is-better': 'figures.fallGood',
  neutral: 'figures.neutral',
} as const;

/** The words every row repeats (its cells' labels on a phone), looked up once per table, not once per row. */
function rowWords(t: TFunction) {
  return {
    value: t('figures.colValue'),
    change: t('figures.colChange'),
    period: t('figures.colPeriod'),
    document: t('ledgerDocs.colDocument'),
    where: t('ledgerDocs.colWhere'),
    rise: t('figures.colRise'),
    source: t('figures.colSource'),
    sourceLink: t('figure.source'),
    citedOnly: t('ledgerDocs.citedOnly'),
    changeOnly: t('figures.changeOnly'),
    ratio: t('ledgerDocs.ratio'),
    aim: t('ledgerDocs.aim'),
  };
}
type RowWords = ReturnType<typeof rowWords>;

interface RowProps {
  row: LedgerRow;
  lang: Lang;
  /** The table's translator and its words: a row has no useTranslation of its own (360 of them slowed hydration). */
  t: TFunction;
  words: RowWords;
  highlighted: boolean;
  /** The search text, to mark it in the quote; empty when not searching. */
  q: string;
  zoneName: string | undefined;
  sourceHref: (id: string) => string;
  figureHref: (id: string) => string;
}

/** One figure. Memoised: a keystroke re-renders only the rows whose props changed. */
const LedgerRowView = memo(function LedgerRowView({ row, lang, t, words, highlighted, q, zoneName, sourceHref, figureHref }: RowProps) {
  const { id, indicator, value, document } = row;
  const cited = isCited(value) ? value : null;
  const printed = isCited(value) ? null : value;
  const shortName = documentShortName(document, value.doc, lang);
  return (
    // data-h: the haystack the search matches (but its document's names), so a prerendered page can be filtered before the app loads (searchTerms.ts).
    <tr
      id={`row-${id}`}
      data-value={id}
      data-doc={value.doc}
      data-h={row.ownHaystack}
      className={highlighted ? 'is-highlighted' : undefined}
      role="row"
    >
      <th scope="row" role="rowheader" tabIndex={highlighted ? -1 : undefined}>
        {/* Only the 2024 report's figures have a page of their own; the others are cited, not quoted. */}
        {printed ? (
          <a className="figure-page-link" href={figureHref(id)} onClick={handleInternalLink}>
            {indicator.name[lang]}
          </a>
        ) : (
          <span className="figure-page-label">{indicator.name[lang]}</span>
        )}
        <TermHints text={indicator.name[lang]} lang={lang} />
        {zoneName && <span className="zone-chip">{zoneName}</span>}
        {/* Shown while searching; there but hidden otherwise, for a page filtered before the app loads. */}
        {printed && (
          <span className="match-quote" lang="zh-CN" hidden={q === ''}>
            {q === ''
              ? printed.quote
              : highlightTerms(printed.quote, q).map((run, i) => (run.match ? <mark key={i}>{run.text}</mark> : run.text))}
          </span>
        )}
      </th>
      <td className="cell-value" role="cell" data-label={words.value}>
        {hasFigure(value) ? (
          <FigureValue value={value} lang={lang} />
        ) : cited?.ratio ? (
          <span className="figure" data-figure={cited.ratio.join(':')}>
            <span className="figure-number">{cited.ratio.join(':')}</span> <span className="note-chip">{words.ratio}</span>
          </span>
        ) : cited?.aim ? (
          <span className="ledger-aim">
            {cited.aim[lang]} <span className="note-chip">{words.aim}</span>
          </span>
        ) : (
          <span className="muted">{words.changeOnly}</span>
        )}
        <NoteChips notes={value.notes} />
        {value.basis && <span className="note-chip basis-chip">{t(BASIS_KEYS[value.basis])}</span>}
        {cited?.remark && <span className="ledger-remark">{cited.remark[lang]}</span>}
      </td>
      <td role="cell" data-label={words.change}>
        {hasGrowth(value) && <ChangeBadge value={value} polarity={indicator.polarity} lang={lang} assess={value.kind === 'actual'} />}
      </td>
      <td role="cell" data-label={words.period}>
        {value.year} {t(KIND_KEYS[value.kind])}
      </td>
      <td className="cell-document" role="cell" data-label={words.document}>
        {document ? (
          <details className="doc-cite">
            <summary aria-label={t('ledgerDocs.citationOf', { name: shortName })}>{shortName}</summary>
            <cite>{documentCitation(document, lang)}</cite>
          </details>
        ) : (
          shortName
        )}
      </td>
      <td role="cell" data-label={words.where}>
        {printed ? t(SECTION_KEYS[printed.section]) : cited?.location[lang]}
      </td>
      <td className="cell-rise" role="cell" data-label={words.rise}>
        {t(POLARITY_KEYS[indicator.polarity])}
      </td>
      <td role="cell" data-label={words.source}>
        {printed ? (
          <a
            href={sourceHref(id)}
            onClick={handleInternalLink}
            aria-label={t('figures.sourceFor', { name: indicator.name[lang], year: value.year })}
          >
            {words.sourceLink}
          </a>
        ) : (
          <span className="muted">{words.citedOnly}</span>
        )}
      </td>
    </tr>
  );
});

interface Props {
  rows: readonly LedgerRow[];
  query: LedgerQuery;
  lang: Lang;
  highlight: string | null;
  /** Short zone names, for the chip beside figures tied to a zone. */
  zoneNames: ReadonlyMap<string, string>;
  /** The report view's address for a figure's source passage. */
  sourceHref: (id: string) => string;
  /** A figure's own page. */
  figureHref: (id: string) => string;
}

/**
 * A long ledger is rendered in slices: the first FIRST_ROWS at once, then STEP_ROWS more per
 * macrotask, as a transition (a keystroke interrupts it), until every row is in the page (so
 * find-in-page and print see them all). Today's ledger (360 rows) fits in the first slice; the
 * tenfold dataset of the benchmark (3,500 rows) would otherwise block the page for seconds.
 */
const FIRST_ROWS = 400;
const STEP_ROWS = 400;

function useRowsInSlices(rows: readonly LedgerRow[], highlight: string | null): number {
  const [slice, setSlice] = useState({ rows, limit: FIRST_ROWS });
  // New rows (another search) start again from the first slice.
  const limit = slice.rows === rows ? slice.limit : FIRST_ROWS;
  useEffect(() => {
    if (limit >= rows.length) return;
    const timer = setTimeout(() => startTransition(() => setSlice({ rows, limit: limit + STEP_ROWS })), 0);
    return () => clearTimeout(timer);
  }, [rows, limit]);
  // A highlighted row (a link from the report) is rendered at once, wherever it stands.
  const needed = highlight ? rows.findIndex((row) => row.id === highlight) + 1 : 0;
  return Math.max(limit, needed);
}

export const LedgerTable = memo(function LedgerTable({ rows, query, lang, highlight, zoneNames, sourceHref, figureHref }: Props) {
  const { t } = useTranslation();
  const words = useMemo(() => rowWords(t), [t]);
  const limit = useRowsInSlices(rows, highlight);
  const sortBy = (key: SortKey) => {
    const dir = query.sort === key && query.dir === 'asc' ? 'desc' : 'asc';
    setAppUrl((url) => ({ ...url, ledger: { ...url.ledger, sort: key, dir } }), { replace: true });
  };
  const headers: HeaderCell[] = [
    ...COLUMNS.map((column) => {
      const active = query.sort === column.key;
      return {
        sort: active ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined,
        label: (
          <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
            {t(column.label)}
            <span aria-hidden="true" className="sort-mark">
              {active ? (query.dir === 'asc' ? '▲' : '▼') : '↕'}
            </span>
          </button>
        ),
      } satisfies HeaderCell;
    }),
    { label: t('figures.colRise'), className: 'not-sortable' },
    { label: t('figures.colSource'), className: 'not-sortable' },
  ];
  return (
    <>
      <DataTable caption={t('ledgerDocs.caption')} headers={headers} className="ledger-table ledger-docs">
        {rows.slice(0, limit).map((row) => (
          <LedgerRowView
            key={row.id}
            row={row}
            lang={lang}
            t={t}
            words={words}
            highlighted={highlight === row.id}
            q={query.q}
            zoneName={'zone' in row.value && row.value.zone ? zoneNames.get(row.value.zone) : undefined}
            sourceHref={sourceHref}
            figureHref={figureHref}
          />
        ))}
      </DataTable>
      {/* Always in the page, hidden while rows are shown: a prerendered page filtered in its head shows it when no row matches (searchTerms.ts). */}
      <p className="ledger-empty" hidden={rows.length > 0}>
        {t('figures.noResults')}
      </p>
    </>
  );
});
