import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/lang';
import { FigureValue } from '../../shared/components/FigureValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { DataTable } from '../../shared/components/DataTable';
import { DerivedFigure } from './DerivedFigure';
import { FigureLink } from '../../shared/components/FigureLink';
import { CitedCell } from './CitedCell';
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

/**
 * The table behind the size chart: with `history`, the 2021 results and 2022 targets of other
 * documents; then 2022 (derived), 2023 and its growth, the 2024 target.
 */
export function SizeTable({ rows, lang, caption, history = false }: { rows: SizeRow[]; lang: Lang; caption: string; history?: boolean }) {
  const { t } = useTranslation();
  const earlierHeaders = history
    ? [t('years.clusters.yearEarlierActual', { year: 2021 }), t('years.clusters.yearEarlierTarget', { year: 2022 })]
    : [];
  const headers = [
    t('clusters.colCluster'),
    ...earlierHeaders,
    t('clusters.year2022'),
    t('clusters.year2023'),
    t('clusters.growth2023'),
    t('clusters.year2024'),
  ];
  const at = history ? 2 : 0;
  return (
    <DataTable caption={caption} headers={headers} className={history ? 'size-table-history' : undefined}>
      {rows.map((row) => (
        <tr key={row.indicator.id} data-row={row.indicator.id} role="row">
          <th scope="row" role="rowheader">
            {row.indicator.name[lang]}
          </th>
          {history && (
            <>
              <td role="cell" data-label={headers[1]}>
                <CitedCell
                  figure={(cited) => <FigureValue value={cited} lang={lang} />}
                  items={row.earlier.filter((b) => b.cited.year === 2021 && b.kind === 'actual')}
                  lang={lang}
                  missing={t('clusters.notGiven')}
                />
              </td>
              <td role="cell" data-label={headers[2]}>
                <CitedCell
                  figure={(cited) => <FigureValue value={cited} lang={lang} />}
                  items={row.earlier.filter((b) => b.cited.year === 2022 && b.kind === 'target')}
                  lang={lang}
                  missing={t('clusters.notGiven')}
                />
              </td>
            </>
          )}
          <td role="cell" data-label={headers[1 + at]}>
            <BarCell bar={row.implied2022} lang={lang} missing={t('clusters.cannotDerive')} />
          </td>
          <td role="cell" data-label={headers[2 + at]}>
            <BarCell bar={row.actual2023} lang={lang} missing={t('clusters.notGiven')} />
          </td>
          <td role="cell" data-label={headers[3 + at]}>
            {row.actual2023?.kind === 'actual' && row.actual2023.printed.growthPct !== undefined ? (
              <ChangeBadge
                value={{ ...row.actual2023.printed, growthPct: row.actual2023.printed.growthPct }}
                polarity={row.indicator.polarity}
                lang={lang}
              />
            ) : (
              <span className="muted">{t('clusters.notGiven')}</span>
            )}
          </td>
          <td role="cell" data-label={headers[4 + at]}>
            <BarCell bar={row.target2024} lang={lang} missing={t('clusters.notGiven')} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
