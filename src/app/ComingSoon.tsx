import { useTranslation } from 'react-i18next';
import type { View } from '../shared/lib/views';
import { ViewTitle } from '../shared/components/ViewTitle';

export function ComingSoon({ view }: { view: View }) {
  const { t } = useTranslation();
  return (
    <section className="section">
      <ViewTitle>{t(`nav.${view}`)}</ViewTitle>
      <p>{t('status.comingSoon')}</p>
    </section>
  );
}
