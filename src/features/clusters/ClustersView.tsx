import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/dataset/schema';
import { chartUnit } from '../../shared/format/formatValue';
import type { Lang } from '../../shared/i18n/lang';
import { ChartFrame } from '../../shared/components/chart/ChartFrame';
import { FigureValue } from '../../shared/components/FigureValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { SourceQuote } from '../../shared/components/SourceQuote';
import { HBars } from './HBars';
import { largest, sizeBars } from './clusterBars';
import { ClusterSizeChart } from './ClusterSizeChart';
import { ClusterGrowthChart } from './ClusterGrowthChart';
import { ClusterSources } from './ClusterSources';
import { clusterGrowthRows, clusterSizeRows, otherMeasures } from './clusterSeries';
import { SizeTable } from './SizeTable';
import { GrowthTable } from './GrowthTable';
import { ViewTitle } from '../../shared/components/ViewTitle';

export function ClustersView({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const sizeRows = clusterSizeRows(dataset);
  const growthRows = clusterGrowthRows(dataset);
  const other = otherMeasures(dataset);
  const note = <p>{t('clusters.derivationNote')}</p>;
  const sizeTitle = t('years.clusters.sizeTitleHistory', { unit: chartUnit('亿元', lang) });
  return (
    <>
      <section className="section" aria-labelledby="clusters-heading">
        <ViewTitle id="clusters-heading">{t('clusters.heading')}</ViewTitle>
        <p className="section-intro">{t('clusters.intro')}</p>
        <ChartFrame
          title={sizeTitle}
          chart={<ClusterSizeChart rows={sizeRows} lang={lang} />}
          table={<SizeTable rows={sizeRows} lang={lang} caption={sizeTitle} history />}
          footnote={
            <>
              <p>{t('years.clusters.historyNote')}</p>
              {note}
            </>
          }
        />
        <ChartFrame
          title={t('clusters.growthTitle')}
          chart={<ClusterGrowthChart rows={growthRows} lang={lang} />}
          table={<GrowthTable rows={growthRows} lang={lang} caption={t('clusters.growthTitle')} history />}
          footnote={note}
        />
      </section>

      <section className="section other-measures" aria-labelledby="other-heading">
        <h2 id="other-heading">{t('clusters.otherHeading')}</h2>
        <p className="section-intro">{t('clusters.otherIntro')}</p>
        <div className="main-aside other-grid">
          {other.highTech && (
            <ChartFrame
              title={t('clusters.highTechTitle', { unit: chartUnit('亿元', lang) })}
              description={
                <ul className="facts">
                  {other.highTechGrowth?.growth2023 && (
                    <li>
                      {t('clusters.growth2023Label')}
                      <ChangeBadge value={other.highTechGrowth.growth2023} polarity={other.highTech.indicator.polarity} lang={lang} />
                    </li>
                  )}
                  {other.highTechShare && (
                    <li>
                      {t('clusters.highTechShareLabel')}
                      <FigureValue value={other.highTechShare} lang={lang} />{' '}
                      <SourceQuote quote={other.highTechShare.quote} valueId={other.highTechShare.id} name={t('clusters.highTechShare')} />
                    </li>
                  )}
                </ul>
              }
              chart={
                <figure className="multiple" data-cluster={other.highTech.indicator.id}>
                  <figcaption className="multiple-title">{other.highTech.indicator.name[lang]}</figcaption>
                  <HBars
                    rows={sizeBars(other.highTech, lang, t)}
                    max={largest([sizeBars(other.highTech, lang, t)])}
                    title={other.highTech.indicator.name[lang]}
                  />
                  <ClusterSources row={other.highTech} lang={lang} />
                </figure>
              }
              table={
                <>
                  <SizeTable rows={[other.highTech]} lang={lang} caption={other.highTech.indicator.name[lang]} />
                  {other.highTechGrowth && (
                    <GrowthTable rows={[other.highTechGrowth]} lang={lang} caption={t('clusters.highTechGrowthCaption')} />
                  )}
                </>
              }
              footnote={note}
            />
          )}
          {other.newCityDigital && (
            <article className="tile digital-tile" aria-labelledby="digital-heading" data-indicator={other.newCityDigital.indicator.id}>
              <h3 id="digital-heading" className="tile-name">
                {other.newCityDigital.indicator.name[lang]}
              </h3>
              <p className="tile-value">
                <FigureValue value={other.newCityDigital.value} lang={lang} />
              </p>
              <p className="muted">{t('clusters.digitalNote')}</p>
              <SourceQuote
                quote={other.newCityDigital.value.quote}
                valueId={other.newCityDigital.value.id}
                name={other.newCityDigital.indicator.name[lang]}
              />
            </article>
          )}
        </div>
      </section>
    </>
  );
}
