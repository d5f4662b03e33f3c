import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_IDS, THEME_IDS } from '../../shared/dataset/codes';
import { SECTION_KEYS, THEME_KEYS } from '../../shared/dataset/labels';
import { setAppUrl } from '../../shared/lib/urlState';
import { DEFAULT_LEDGER, MAX_QUERY_LENGTH, oneOf, parsePeriod, type LedgerQuery, type Period } from '../../shared/lib/appUrl';
import { KIND_KEYS } from '../../shared/dataset/labels';
import type { SourceDocument } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
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
      <div className="control control-document">
        <label htmlFor={`${id}-doc`}>{t('ledgerDocs.colDocument')}</label>
        <select
          id={`${id}-doc`}
          value={query.doc ?? ''}
          onChange={(event) => set({ doc: event.target.value === '' ? null : event.target.value })}
        >
          <option value="">{t('ledgerDocs.allDocuments', { count: documents.length })}</option>
          {documents.map(({ document, count }) => (
            <option key={document.id} value={document.id}>
              {t(document.primary ? 'ledgerDocs.primaryOption' : 'ledgerDocs.documentOption', {
                name: documentShortName(document, document.id, lang),
                count,
              })}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${id}-section`}>{t('figures.section')}</label>
        <select
          id={`${id}-section`}
          value={query.section ?? ''}
          onChange={(event) => set({ section: oneOf(SECTION_IDS, event.target.value) })}
        >
          <option value="">{t('figures.all')}</option>
          {SECTION_IDS.map((section) => (
            <option key={section} value={section}>
              {t(SECTION_KEYS[section])}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${id}-theme`}>{t('figures.theme')}</label>
        <select id={`${id}-theme`} value={query.theme ?? ''} onChange={(event) => set({ theme: oneOf(THEME_IDS, event.target.value) })}>
          <option value="">{t('figures.all')}</option>
          {THEME_IDS.map((theme) => (
            <option key={theme} value={theme}>
              {t(THEME_KEYS[theme])}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${id}-period`}>{t('figures.period')}</label>
        <select id={`${id}-period`} value={query.period ?? ''} onChange={(event) => set({ period: parsePeriod(event.target.value) })}>
          <option value="">{t('figures.all')}</option>
          {periods.map((period) => (
            <option key={period} value={period}>
              {periodLabel(period)}
            </option>
          ))}
        </select>
      </div>
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
