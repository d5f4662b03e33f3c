import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/lang';
import { DEFAULT_SCALE, HBars, type HBarsScale } from './HBars';
import { sizeBars, largest, splitAtBreaks } from './clusterBars';
import type { SizeRow } from './clusterSeries';
import { ChartLegend } from './ChartLegend';
import { ClusterSources } from './ClusterSources';
import { TermHints } from '../../shared/components/TermHints';

/** The cluster sizes as small multiples; `compact` (presenter mode) drops the source links and takes a larger scale. */
export function ClusterSizeChart({
  rows,
  lang,
  compact = false,
  scale,
}: {
  rows: SizeRow[];
  lang: Lang;
  compact?: boolean;
  scale?: HBarsScale;
}) {
  const { t } = useTranslation();
  // The slides keep to the report's years; the view adds the earlier years other documents print.
  const history = !compact;
  const bars = rows.map((row) => sizeBars(row, lang, t, { history }));
  const max = largest(bars);
  return (
    <>
      <ChartLegend kinds={['derived', 'actual', 'target']} history={history} />
      <div className="multiples">
        {rows.map((row, i) => (
          <figure key={row.indicator.id} className="multiple" data-cluster={row.indicator.id}>
            <figcaption className="multiple-title">
              {row.indicator.name[lang]}
              {!compact && <TermHints text={row.indicator.name[lang]} lang={lang} />}
            </figcaption>
            {splitAtBreaks(bars[i] ?? []).map((segment, j) => (
              <div key={j} className="cluster-segment">
                {segment.breakBefore && (
                  <p className="year-break" data-break={segment.breakBefore.to}>
                    {t(`years.breakLabel.${segment.breakBefore.to}`)}
                  </p>
                )}
                <HBars
                  rows={segment.rows}
                  max={max}
                  title={row.indicator.name[lang]}
                  scale={history ? { ...(scale ?? DEFAULT_SCALE), axisWidth: 104 } : scale}
                />
              </div>
            ))}
            {!row.actual2023 && <p className="multiple-note">{t('clusters.noSize2023')}</p>}
            {!compact && <ClusterSources row={row} lang={lang} history={history} />}
          </figure>
        ))}
      </div>
    </>
  );
}
