import { useTranslation } from 'react-i18next';
import type { View } from '../shared/lib/views';

export function ComingSoon({ view }: { view: View }) {
  const { t } = useTranslation();
  return (
    <section className="section">
      <h2 className="view-title" tabIndex={-1}>
        {t(`nav.${view}`)}
      </h2>
      <p>{t('status.comingSoon')}</p>
    </section>
  );
}
