import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/lang';
import { FigureValue } from '../../shared/components/FigureValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { DataTable } from '../../shared/components/DataTable';
import { DerivedFigure } from './DerivedFigure';
import { FigureLink } from '../../shared/components/FigureLink';
import type { Bar, SizeRow } from './clusterSeries';

function BarCell({ bar, lang, missing }: { bar: Bar | null; lang: Lang; missing: string }) {
  if (!bar) return <span className="muted">{missing}</span>;
  if (bar.kind === 'derived') return <DerivedFigure derived={bar.derived} lang={lang} />;
  // A printed figure leads to its own page.
  return (
    <FigureLink id={bar.printed.id}>
      <FigureValue value={bar.printed} lang={lang} />
    </FigureLink>
  );
}

/** The table behind the size chart: 2022 (derived), 2023 and its growth, the 2024 target. */
export function SizeTable({ rows, lang, caption }: { rows: SizeRow[]; lang: Lang; caption: string }) {
  const { t } = useTranslation();
  const headers = [t('clusters.colCluster'), t('clusters.year2022'), t('clusters.year2023'), t('clusters.growth2023'), t('clusters.year2024')];
  return (
    <DataTable caption={caption} headers={headers}>
      {rows.map((row) => (
        <tr key={row.indicator.id} data-row={row.indicator.id} role="row">
          <th scope="row" role="rowheader">
            {row.indicator.name[lang]}
          </th>
          <td role="cell" data-label={headers[1]}>
            <BarCell bar={row.implied2022} lang={lang} missing={t('clusters.cannotDerive')} />
          </td>
          <td role="cell" data-label={headers[2]}>
            <BarCell bar={row.actual2023} lang={lang} missing={t('clusters.notGiven')} />
          </td>
          <td role="cell" data-label={headers[3]}>
            {row.actual2023?.kind === 'actual' && row.actual2023.printed.growthPct !== undefined ? (
              <ChangeBadge value={{ ...row.actual2023.printed, growthPct: row.actual2023.printed.growthPct }} polarity={row.indicator.polarity} lang={lang} />
            ) : (
              <span className="muted">{t('clusters.notGiven')}</span>
            )}
          </td>
          <td role="cell" data-label={headers[4]}>
            <BarCell bar={row.target2024} lang={lang} missing={t('clusters.notGiven')} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
