import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/lang';
import { FigureValue } from '../../shared/components/FigureValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { DerivedFigure } from './DerivedFigure';
import { FigureLink } from '../../shared/components/FigureLink';
import { CitedCell } from './CitedCell';
import { ClusterTable, type ClusterColumn } from './ClusterTable';
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
  const earlier = (year: number, kind: 'actual' | 'target', header: string): ClusterColumn<SizeRow> => ({
    header,
    cell: (row) => (
      <CitedCell
        figure={(cited) => <FigureValue value={cited} lang={lang} />}
        items={row.earlier.filter((b) => b.cited.year === year && b.kind === kind)}
        lang={lang}
        missing={t('clusters.notGiven')}
      />
    ),
  });
  const columns: ClusterColumn<SizeRow>[] = [
    ...(history
      ? [
          earlier(2021, 'actual', t('years.clusters.yearEarlierActual', { year: 2021 })),
          earlier(2022, 'target', t('years.clusters.yearEarlierTarget', { year: 2022 })),
        ]
      : []),
    {
      header: t('clusters.year2022'),
      cell: (row) => <BarCell bar={row.implied2022} lang={lang} missing={t('clusters.cannotDerive')} />,
    },
    {
      header: t('clusters.year2023'),
      cell: (row) => <BarCell bar={row.actual2023} lang={lang} missing={t('clusters.notGiven')} />,
    },
    {
      header: t('clusters.growth2023'),
      cell: (row) =>
        row.actual2023?.kind === 'actual' && row.actual2023.printed.growthPct !== undefined ? (
          <ChangeBadge
            value={{ ...row.actual2023.printed, growthPct: row.actual2023.printed.growthPct }}
            polarity={row.indicator.polarity}
            lang={lang}
          />
        ) : (
          <span className="muted">{t('clusters.notGiven')}</span>
        ),
    },
    {
      header: t('clusters.year2024'),
      cell: (row) => <BarCell bar={row.target2024} lang={lang} missing={t('clusters.notGiven')} />,
    },
  ];
  return (
    <ClusterTable rows={rows} columns={columns} lang={lang} caption={caption} className={history ? 'size-table-history' : undefined} />
  );
}
