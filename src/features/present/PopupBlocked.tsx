import { useTranslation } from 'react-i18next';
import './presentControls.css';

/** Where the browser refused the second window: what happened and how to allow it. */
export function PopupBlocked({ onDismiss, audience = false }: { onDismiss: () => void; audience?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="present-popup-blocked" role="alert">
      <p>{audience ? t('speaker.audienceBlocked') : t('speaker.blocked')}</p>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('status.dismiss')}
      </button>
    </div>
  );
}
