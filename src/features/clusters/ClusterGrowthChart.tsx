import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/lang';
import { DEFAULT_SCALE, HBars } from './HBars';
import { growthBars, largest } from './clusterBars';
import type { GrowthRow } from './clusterSeries';
import { ChartLegend } from './ChartLegend';

/** 2023 growth beside the growth each 2024 target requires, as small multiples. */
export function ClusterGrowthChart({ rows, lang }: { rows: GrowthRow[]; lang: Lang }) {
  const { t } = useTranslation();
  const bars = rows.map((row) => growthBars(row, lang, t));
  const max = largest(bars);
  return (
    <>
      <ChartLegend kinds={['actual', 'derived']} />
      <div className="multiples">
        {rows.map((row, i) => (
          <figure key={row.indicator.id} className="multiple" data-cluster={row.indicator.id}>
            <figcaption className="multiple-title">{row.indicator.name[lang]}</figcaption>
            <HBars rows={bars[i] ?? []} max={max} title={row.indicator.name[lang]} scale={{ ...DEFAULT_SCALE, axisWidth: 120 }} />
          </figure>
        ))}
      </div>
    </>
  );
}
