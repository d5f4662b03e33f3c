import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_IDS, THEME_IDS } from '../../shared/dataset/codes';
import { SECTION_KEYS, THEME_KEYS } from '../../shared/dataset/labels';
import { setAppUrl } from '../../shared/lib/urlState';
import { DEFAULT_LEDGER, MAX_QUERY_LENGTH, oneOf, parsePeriod, type LedgerQuery, type Period } from '../../shared/lib/appUrl';
import { KIND_KEYS } from '../../shared/dataset/labels';
import type { SourceDocument } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { FilterSelect } from '../../shared/components/FilterSelect';
import { documentShortName } from './ledgerRows';

interface Props {
  query: LedgerQuery;
  /** The documents the ledger holds, in the registry's order (the 2024 report first), with their rows. */
  documents: readonly { document: SourceDocument; count: number }[];
  /** The periods the ledger holds: 2021 results to 2025 targets. */
  periods: readonly Period[];
  lang: Lang;
  shown: number;
  total: number;
  onExportCsv: () => void;
  onExportJson: () => void;
}

/** Search and filters write to the URL, so a filtered ledger can be shared as a link. */
export function LedgerControls({ query, documents, periods, lang, shown, total, onExportCsv, onExportJson }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // A new search or filter drops the highlighted row: it may no longer be shown.
  const set = (patch: Partial<LedgerQuery>) =>
    setAppUrl((url) => ({ ...url, fig: null, ledger: { ...url.ledger, ...patch } }), { replace: true });
  const filtered = query.q !== '' || query.section !== null || query.theme !== null || query.period !== null || query.doc !== null;
  const periodLabel = (period: Period) => {
    const [year = '', kind] = period.split('-');
    return t('ledgerDocs.periodOption', { year, kind: t(KIND_KEYS[kind === 'target' ? 'target' : 'actual']) });
  };
  return (
    <div className="ledger-controls" role="search" aria-label={t('figures.searchRegion')}>
      <div className="control control-search">
        <label htmlFor={`${id}-q`}>{t('figures.searchLabel')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query.q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t('figures.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => set({ q: event.target.value.slice(0, MAX_QUERY_LENGTH) })}
        />
      </div>
      <FilterSelect
        className="control control-document"
        label={t('ledgerDocs.colDocument')}
        value={query.doc}
        allLabel={t('ledgerDocs.allDocuments', { count: documents.length })}
        options={documents.map(({ document, count }) => ({
          value: document.id,
          label: t(document.primary ? 'ledgerDocs.primaryOption' : 'ledgerDocs.documentOption', {
            name: documentShortName(document, document.id, lang),
            count,
          }),
        }))}
        onChange={(doc) => set({ doc: doc === '' ? null : doc })}
      />
      <FilterSelect
        label={t('figures.section')}
        value={query.section}
        allLabel={t('figures.all')}
        options={SECTION_IDS.map((section) => ({ value: section, label: t(SECTION_KEYS[section]) }))}
        onChange={(section) => set({ section: oneOf(SECTION_IDS, section) })}
      />
      <FilterSelect
        label={t('figures.theme')}
        value={query.theme}
        allLabel={t('figures.all')}
        options={THEME_IDS.map((theme) => ({ value: theme, label: t(THEME_KEYS[theme]) }))}
        onChange={(theme) => set({ theme: oneOf(THEME_IDS, theme) })}
      />
      <FilterSelect
        label={t('figures.period')}
        value={query.period}
        allLabel={t('figures.all')}
        options={periods.map((period) => ({ value: period, label: periodLabel(period) }))}
        onChange={(period) => set({ period: parsePeriod(period) })}
      />
      <div className="control control-actions">
        <button
          type="button"
          className="button button-quiet"
          disabled={!filtered}
          onClick={() => set({ q: DEFAULT_LEDGER.q, section: null, theme: null, period: null, doc: null })}
        >
          {t('figures.clear')}
        </button>
        <button type="button" className="button button-quiet" onClick={onExportCsv} disabled={shown === 0}>
          {t('figures.exportCsv')}
        </button>
        <button type="button" className="button button-quiet" onClick={onExportJson} disabled={shown === 0}>
          {t('figures.exportJson')}
        </button>
      </div>
      <p className="ledger-count" role="status">
        {t('figures.count', { shown, total })}
      </p>
    </div>
  );
}
