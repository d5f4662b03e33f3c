import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/lang';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { DataTable } from '../../shared/components/DataTable';
import { DerivedFigure } from './DerivedFigure';
import { CitedCell } from './CitedCell';
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
  const headers = [
    t('clusters.colCluster'),
    ...(history ? [t('years.clusters.growth2021')] : []),
    t('clusters.growth2023'),
    t('clusters.required2024'),
  ];
  const at = history ? 1 : 0;
  return (
    <DataTable caption={caption} headers={headers}>
      {rows.map((row) => (
        <tr key={row.indicator.id} data-row={row.indicator.id} role="row">
          <th scope="row" role="rowheader">
            {row.indicator.name[lang]}
          </th>
          {history && (
            <td role="cell" data-label={headers[1]}>
              <CitedCell
                items={row.earlier}
                figure={(cited) => <ChangeBadge value={cited} polarity={row.indicator.polarity} lang={lang} />}
                lang={lang}
                missing={t('clusters.notGiven')}
              />
            </td>
          )}
          <td role="cell" data-label={headers[1 + at]}>
            {row.growth2023 ? (
              <ChangeBadge value={row.growth2023} polarity={row.indicator.polarity} lang={lang} />
            ) : (
              <span className="muted">{t('clusters.notGiven')}</span>
            )}
          </td>
          <td role="cell" data-label={headers[2 + at]}>
            {row.required2024 ? (
              <DerivedFigure derived={row.required2024} lang={lang} />
            ) : (
              <span className="muted">{t('clusters.cannotDerive')}</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
