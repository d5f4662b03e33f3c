import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/lang';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { DerivedFigure } from './DerivedFigure';
import { CitedCell } from './CitedCell';
import { ClusterTable, type ClusterColumn } from './ClusterTable';
import type { GrowthRow } from './clusterSeries';

/** The table behind the growth chart: the printed 2023 growth and the growth each target requires. */
export function GrowthTable({
  rows,
  lang,
  caption,
  history = false,
}: {
  rows: GrowthRow[];
  lang: Lang;
  caption: string;
  history?: boolean;
}) {
  const { t } = useTranslation();
  const earlier: ClusterColumn<GrowthRow>[] = [
    {
      header: t('years.clusters.growth2021'),
      cell: (row) => (
        <CitedCell
          items={row.earlier}
          figure={(cited) => <ChangeBadge value={cited} polarity={row.indicator.polarity} lang={lang} />}
          lang={lang}
          missing={t('clusters.notGiven')}
        />
      ),
    },
  ];
  const columns: ClusterColumn<GrowthRow>[] = [
    ...(history ? earlier : []),
    {
      header: t('clusters.growth2023'),
      cell: (row) =>
        row.growth2023 ? (
          <ChangeBadge value={row.growth2023} polarity={row.indicator.polarity} lang={lang} />
        ) : (
          <span className="muted">{t('clusters.notGiven')}</span>
        ),
    },
    {
      header: t('clusters.required2024'),
      cell: (row) =>
        row.required2024 ? (
          <DerivedFigure derived={row.required2024} lang={lang} />
        ) : (
          <span className="muted">{t('clusters.cannotDerive')}</span>
        ),
    },
  ];
  return <ClusterTable rows={rows} columns={columns} lang={lang} caption={caption} />;
}
