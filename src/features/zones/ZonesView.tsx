import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/data/schema';
import type { Lang } from '../../shared/format/formatValue';

/** Placeholder until the zones map lands. */
export function ZonesView({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <section className="section">
      <h2 className="view-title" tabIndex={-1}>
        {t('nav.zones')}
      </h2>
      <ul>
        {dataset.zones.map((zone) => (
          <li key={zone.id}>{zone.name[lang]}</li>
        ))}
      </ul>
    </section>
  );
}
