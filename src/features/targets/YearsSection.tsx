import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { chartUnit } from '../../shared/format/formatValue';
import { ChartFrame } from '../../shared/components/chart/ChartFrame';
import { BarPatternSvg, patternIds, Swatch } from '../../shared/components/chart/BarPatterns';
import { growthScale, segmentScale, yearSeries, type IndicatorYears, type Panel } from './yearSeries';
import { censusWords, yearBarRows, type YearBarRow } from './yearBars';
import { YearBars } from './YearBars';
import { YearsTable } from './YearsTable';

interface GrowthScale {
  min: number;
  max: number;
  /** Every growth bar of every indicator: they share one scale. */
  rows: readonly YearBarRow[];
}

function PanelChart({
  panel,
  series,
  growth,
  dataset,
  lang,
}: {
  panel: Panel;
  series: IndicatorYears;
  growth: GrowthScale;
  dataset: Dataset;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const name = series.indicator.name[lang];
  const title =
    panel.measure === 'growth'
      ? t('years.growthPanel')
      : panel.unit === null
        ? t('years.levelPanelMixed')
        : t('years.levelPanel', { unit: chartUnit(panel.unit, lang) });
  return (
    <div className="year-panel" data-panel={panel.measure}>
      <p className="year-panel-title">{title}</p>
      {panel.segments.map((segment, i) => {
        const scale = segmentScale(panel, segment, growth);
        const rows = yearBarRows(segment.entries, panel, name, dataset, lang, t);
        const scaleRows =
          panel.measure === 'growth'
            ? growth.rows
            : panel.unit === null
              ? rows
              : panel.segments.flatMap((s) => yearBarRows(s.entries, panel, name, dataset, lang, t));
        return (
          <div key={i} className="year-segment">
            {segment.breakBefore && (
              <p className="year-break" data-break={segment.breakBefore.to}>
                {t(`years.breakLabel.${segment.breakBefore.to}`)}
              </p>
            )}
            <YearBars rows={rows} scaleRows={scaleRows} min={scale.min} max={scale.max} title={`${name} · ${title}`} lang={lang} />
          </div>
        );
      })}
      {panel.aims.map((aim) => (
        <p key={aim.id} className="year-aim" data-year-value={aim.id}>
          {t(aim.kind === 'target' ? 'years.axisTarget' : 'years.axisActual', { year: aim.year })}
          {lang === 'zh' ? '：' : ': '}
          <strong>{aim.aim?.[lang]}</strong> ({t('years.qualitative')})
        </p>
      ))}
    </div>
  );
}

function YearsChart({ series, growth, dataset, lang }: { series: IndicatorYears; growth: GrowthScale; dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const name = series.indicator.name[lang];
  const census = series.census ? censusWords(series.census, lang, t) : null;
  return (
    <ChartFrame
      title={name}
      description={
        census ? (
          <p className="census-note" data-note="census">
            {t('years.censusNote', census)}
          </p>
        ) : undefined
      }
      chart={
        <div className="year-panels" data-indicator={series.indicator.id}>
          {series.growth && <PanelChart panel={series.growth} series={series} growth={growth} dataset={dataset} lang={lang} />}
          {series.level && <PanelChart panel={series.level} series={series} growth={growth} dataset={dataset} lang={lang} />}
        </div>
      }
      table={
        <YearsTable
          rows={series.rows}
          dataset={dataset}
          polarity={series.indicator.polarity}
          lang={lang}
          caption={t('years.caption', { name })}
        />
      }
    />
  );
}

/** Which fill means what: a result, a target (hatched), a preliminary figure (lighter). */
function YearsLegend() {
  const { t } = useTranslation();
  const ids = patternIds(useId());
  return (
    <>
      <BarPatternSvg ids={ids} />
      <ul className="legend" aria-label={t('years.legend')}>
        <li>
          <Swatch kind="actual" ids={ids} /> {t('years.legendActual')}
        </li>
        <li>
          <Swatch kind="target" ids={ids} /> {t('years.legendTarget')}
        </li>
        <li className="legend-provisional">
          <Swatch kind="actual" ids={ids} /> {t('years.legendProvisional')}
        </li>
      </ul>
    </>
  );
}

/**
 * 「历年走势」: the headline indicators from 2021 to 2025 in small multiples, a chart and a table
 * each. Loaded apart from the targets view (with recharts, which no other view loads), so the
 * targets table never waits for it.
 */
export function YearsSection({ dataset, lang, headingId }: { dataset: Dataset; lang: Lang; headingId: string }) {
  const { t } = useTranslation();
  const series = useMemo(() => yearSeries(dataset), [dataset]);
  const growth = useMemo(
    () => ({
      ...growthScale(series),
      rows: series.flatMap(({ growth: panel, indicator }) =>
        panel ? panel.segments.flatMap((segment) => yearBarRows(segment.entries, panel, indicator.name[lang], dataset, lang, t)) : [],
      ),
    }),
    [series, dataset, lang, t],
  );
  return (
    <>
      <p className="section-intro">{t('years.intro')}</p>
      <YearsLegend />
      <div className="years-grid" aria-labelledby={headingId} role="group">
        {series.map((s) => (
          <YearsChart key={s.indicator.id} series={s} growth={growth} dataset={dataset} lang={lang} />
        ))}
      </div>
    </>
  );
}
