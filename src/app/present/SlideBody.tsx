import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/data/schema';
import type { Lang } from '../../shared/format/formatValue';
import { formatReportDate } from '../../shared/format/formatDate';
import { valueById } from '../../shared/data/selectors';
import { headlineTiles, expectedTargets } from '../../features/overview/overviewModel';
import { TargetValue } from '../../shared/components/TargetValue';
import { ClusterSizeChart } from '../../features/clusters/ClusterSizeChart';
import { clusterSizeRows } from '../../features/clusters/clusterSeries';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { SlideFigure } from './SlideFigure';
import { ZonesSlide } from './ZonesSlide';
import { ECOLOGY_VALUES, LIVELIHOOD_VALUES, type Slide } from './slides';

interface Props {
  slide: Slide;
  dataset: Dataset;
  lang: Lang;
  unit: number;
  titleId: string;
}

function FigureGrid({ ids, dataset, lang }: { ids: readonly string[]; dataset: Dataset; lang: Lang }) {
  return (
    <div className="slide-rows">
      {ids.map((id) => {
        const found = valueById(dataset, id);
        return found ? <SlideFigure key={id} indicator={found.indicator} value={found.value} lang={lang} /> : null;
      })}
    </div>
  );
}

/** The content of one slide, drawn from the same data and components as the dashboard. */
export function SlideBody({ slide, dataset, lang, unit, titleId }: Props) {
  const { t } = useTranslation();
  const title = (text: string) => (
    <h2 id={titleId} className="slide-title">
      {text}
    </h2>
  );
  switch (slide.kind) {
    case 'title':
      return (
        <div className="slide-cover">
          <p className="slide-kicker">{t('present.kicker')}</p>
          {title(dataset.report.title[lang])}
          <p className="slide-cover-meeting">{dataset.report.meeting[lang]}</p>
          <p className="slide-cover-meta">
            {formatReportDate(dataset.report.date, lang)} · {t('present.speaker', { name: dataset.report.speaker[lang] })}
          </p>
          <p className="slide-cover-version">{t('footer.dataset', { version: dataset.dataset.version, date: formatReportDate(dataset.dataset.date, lang) })}</p>
        </div>
      );
    case 'headline':
      return (
        <>
          {title(t('kpi.heading'))}
          <div className="slide-rows">
            {headlineTiles(dataset).map((tile) => (
              <SlideFigure key={tile.indicator.id} indicator={tile.indicator} value={tile.actual} lang={lang} />
            ))}
          </div>
          <p className="slide-note">
            {t('present.preliminary')} {t('present.assessmentKey')}
          </p>
        </>
      );
    case 'targets':
      return (
        <>
          {title(t('targets.heading'))}
          <table className="slide-table">
            <thead>
              <tr>
                <th scope="col">{t('targets.indicator')}</th>
                <th scope="col">{t('targets.target')}</th>
                <th scope="col">{t('targets.actual')}</th>
              </tr>
            </thead>
            <tbody>
              {expectedTargets(dataset).map(({ indicator, target, actual2023 }) => (
                <tr key={target.id}>
                  <th scope="row">{indicator.name[lang]}</th>
                  <td>
                    <TargetValue target={target} polarity={indicator.polarity} lang={lang} />
                  </td>
                  <td>{actual2023 ? <ChangeBadge value={actual2023} polarity={indicator.polarity} lang={lang} /> : t('kpi.notStated')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
    case 'clusters':
      return (
        <>
          {title(t('clusters.heading'))}
          <ClusterSizeChart
            rows={clusterSizeRows(dataset)}
            lang={lang}
            compact
            scale={{ rowHeight: Math.round(50 * unit), barSize: Math.round(34 * unit), axisWidth: Math.round(175 * unit), labelRoom: 1.85 }}
          />
          <p className="slide-note">{t('present.derivedNote')}</p>
        </>
      );
    case 'zones':
    case 'zone':
    case 'priorities':
      return <ZonesSlide slide={slide} dataset={dataset} lang={lang} title={title} />;
    case 'ecology':
      return (
        <>
          {title(t('present.ecologyTitle'))}
          <FigureGrid ids={ECOLOGY_VALUES} dataset={dataset} lang={lang} />
          <p className="slide-note">{t('present.assessmentKey')}</p>
        </>
      );
    case 'livelihoods':
      return (
        <>
          {title(t('present.livelihoodsTitle'))}
          <FigureGrid ids={LIVELIHOOD_VALUES} dataset={dataset} lang={lang} />
          <p className="slide-note">{t('present.assessmentKey')}</p>
        </>
      );
    case 'closing':
      return (
        <div className="slide-cover">
          {title(t('present.thanks'))}
          <p className="slide-cover-meeting">{t('present.closingLine')}</p>
          <p className="slide-cover-meta">{dataset.report.title[lang]}</p>
        </div>
      );
  }
}
