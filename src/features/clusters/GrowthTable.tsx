import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/lang';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { DataTable } from '../../shared/components/DataTable';
import { DerivedFigure } from './DerivedFigure';
import type { GrowthRow } from './clusterSeries';

/** The table behind the growth chart: the printed 2023 growth and the growth each target requires. */
export function GrowthTable({ rows, lang, caption }: { rows: GrowthRow[]; lang: Lang; caption: string }) {
  const { t } = useTranslation();
  const headers = [t('clusters.colCluster'), t('clusters.growth2023'), t('clusters.required2024')];
  return (
    <DataTable caption={caption} headers={headers}>
      {rows.map((row) => (
        <tr key={row.indicator.id} data-row={row.indicator.id} role="row">
          <th scope="row" role="rowheader">
            {row.indicator.name[lang]}
          </th>
          <td role="cell" data-label={headers[1]}>
            {row.growth2023 ? (
              <ChangeBadge value={row.growth2023} polarity={row.indicator.polarity} lang={lang} />
            ) : (
              <span className="muted">{t('clusters.notGiven')}</span>
            )}
          </td>
          <td role="cell" data-label={headers[2]}>
            {row.required2024 ? <DerivedFigure derived={row.required2024} lang={lang} /> : <span className="muted">{t('clusters.cannotDerive')}</span>}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
