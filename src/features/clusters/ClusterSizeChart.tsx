import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/lang';
import { HBars, type HBarsScale } from './HBars';
import { sizeBars, largest } from './clusterBars';
import type { SizeRow } from './clusterSeries';
import { ChartLegend } from './ChartLegend';
import { ClusterSources } from './ClusterSources';
import { TermHints } from '../../shared/components/TermHints';

/** The cluster sizes as small multiples; `compact` (presenter mode) drops the source links and takes a larger scale. */
export function ClusterSizeChart({ rows, lang, compact = false, scale }: { rows: SizeRow[]; lang: Lang; compact?: boolean; scale?: HBarsScale }) {
  const { t } = useTranslation();
  const bars = rows.map((row) => sizeBars(row, lang, t));
  const max = largest(bars);
  return (
    <>
      <ChartLegend kinds={['derived', 'actual', 'target']} />
      <div className="multiples">
        {rows.map((row, i) => (
          <figure key={row.indicator.id} className="multiple" data-cluster={row.indicator.id}>
            <figcaption className="multiple-title">
              {row.indicator.name[lang]}
              {!compact && <TermHints text={row.indicator.name[lang]} lang={lang} />}
            </figcaption>
            <HBars rows={bars[i] ?? []} max={max} title={row.indicator.name[lang]} scale={scale} />
            {!row.actual2023 && <p className="multiple-note">{t('clusters.noSize2023')}</p>}
            {!compact && <ClusterSources row={row} lang={lang} />}
          </figure>
        ))}
      </div>
    </>
  );
}
