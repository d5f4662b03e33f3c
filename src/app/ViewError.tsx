import { useTranslation } from 'react-i18next';

/** What a failed view shows: the rest of the dashboard (header, navigation, other views) keeps working. */
export function ViewError() {
  const { t } = useTranslation();
  return (
    <div role="alert" className="view-error">
      <p>{t('status.viewError')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('status.reload')}
      </button>
    </div>
  );
}
