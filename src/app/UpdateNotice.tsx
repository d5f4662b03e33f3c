import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { previousVersion, recordVersion } from '../shared/lib/lastSeenVersion';

const noChange = () => () => undefined;
const nothingAtBuild = () => null;

/** A short notice when the figures on screen come from a newer dataset than this browser showed before. */
export function UpdateNotice({ version }: { version: string }) {
  const { t } = useTranslation();
  const previous = useSyncExternalStore(noChange, previousVersion, nothingAtBuild);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    recordVersion(version);
    const timer = window.setTimeout(() => setDismissed(true), 12_000);
    return () => window.clearTimeout(timer);
  }, [version]);
  if (dismissed || previous === null || previous === version) return null;
  return (
    <p className="update-notice" role="status">
      {t('status.updated', { from: previous, to: version })}{' '}
      <button type="button" className="button button-quiet" onClick={() => setDismissed(true)}>
        {t('status.dismiss')}
      </button>
    </p>
  );
}
