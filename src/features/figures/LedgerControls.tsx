import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_IDS, THEME_IDS } from '../../shared/dataset/codes';
import { SECTION_KEYS, THEME_KEYS } from '../../shared/dataset/labels';
import { setAppUrl } from '../../shared/lib/urlState';
import { DEFAULT_LEDGER, MAX_QUERY_LENGTH, oneOf, PERIODS, type LedgerQuery } from '../../shared/lib/appUrl';

const PERIOD_KEYS = { '2023-actual': 'figures.period2023', '2024-target': 'figures.period2024' } as const;

interface Props {
  query: LedgerQuery;
  shown: number;
  total: number;
  onExportCsv: () => void;
  onExportJson: () => void;
}

/** Search and filters write to the URL, so a filtered ledger can be shared as a link. */
export function LedgerControls({ query, shown, total, onExportCsv, onExportJson }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // A new search or filter drops the highlighted row: it may no longer be shown.
  const set = (patch: Partial<LedgerQuery>) => setAppUrl((url) => ({ ...url, fig: null, ledger: { ...url.ledger, ...patch } }), { replace: true });
  const filtered = query.q !== '' || query.section !== null || query.theme !== null || query.period !== null;
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
      <div className="control">
        <label htmlFor={`${id}-section`}>{t('figures.section')}</label>
        <select id={`${id}-section`} value={query.section ?? ''} onChange={(event) => set({ section: oneOf(SECTION_IDS, event.target.value) })}>
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
        <select id={`${id}-period`} value={query.period ?? ''} onChange={(event) => set({ period: oneOf(PERIODS, event.target.value) })}>
          <option value="">{t('figures.all')}</option>
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {t(PERIOD_KEYS[period])}
            </option>
          ))}
        </select>
      </div>
      <div className="control control-actions">
        <button
          type="button"
          className="button button-quiet"
          disabled={!filtered}
          onClick={() => set({ q: DEFAULT_LEDGER.q, section: null, theme: null, period: null })}
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
