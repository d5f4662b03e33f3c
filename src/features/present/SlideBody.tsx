import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/dataset/schema';
import { formatReportDate } from '../../shared/format/formatDate';
import { valueById } from '../../shared/dataset/selectors';
import { headlineTiles, expectedTargets, outcomesById } from '../overview/overviewModel';
import { OutcomeSlide } from './OutcomeSlide';
import { TargetValue } from '../../shared/components/TargetValue';
import { ClusterSizeChart } from '../clusters/ClusterSizeChart';
import { clusterSizeRows } from '../clusters/clusterSeries';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import type { Lang } from '../../shared/i18n/lang';
import { SlideFigure } from './SlideFigure';
import { ZonesSlide } from './ZonesSlide';
import { ECOLOGY_VALUES, LIVELIHOOD_VALUES, type Slide } from './slides';
import type { Stage } from './useStage';
import { TermName } from '../../shared/components/TermHints';
import { SlideTable } from './SlideTable';

interface Props {
  slide: Slide;
  dataset: Dataset;
  lang: Lang;
  stage: Stage;
  /** The slide's heading (slideTitle). */
  title: string;
  titleId: string;
}

function FigureGrid({ ids, dataset, lang }: { ids: readonly string[]; dataset: Dataset; lang: Lang }) {
  return (
    <div className="slide-cards">
      {ids.map((id) => {
        const found = valueById(dataset, id);
        return found ? <SlideFigure key={id} indicator={found.indicator} value={found.value} lang={lang} /> : null;
      })}
    </div>
  );
}

/** The content of one slide, drawn from the same data and components as the dashboard. */
export function SlideBody({ slide, dataset, lang, stage, title: heading, titleId }: Props) {
  const { t } = useTranslation();
  const title = (
    <h2 id={titleId} className="slide-title">
      {heading}
    </h2>
  );
  switch (slide.kind) {
    case 'title':
      return (
        <div className="slide-cover">
          <p className="slide-kicker">{t('present.kicker')}</p>
          <div>
            {title}
            <p className="slide-cover-meeting">{dataset.report.meeting[lang]}</p>
          </div>
          <div>
            <p className="slide-cover-meta">
              {formatReportDate(dataset.report.date, lang)} · {t('present.speaker', { name: dataset.report.speaker[lang] })}
            </p>
            <p className="slide-cover-version">
              {t('footer.dataset', { version: dataset.dataset.version, date: formatReportDate(dataset.dataset.date, lang) })}
            </p>
          </div>
        </div>
      );
    case 'headline':
      return (
        <>
          {title}
          <div className="slide-cards">
            {headlineTiles(dataset).map((tile) => (
              <SlideFigure key={tile.indicator.id} indicator={tile.indicator} value={tile.actual} lang={lang} />
            ))}
          </div>
          <p className="slide-note">{t('present.assessmentKey')}</p>
        </>
      );
    case 'targets':
      return (
        <>
          {title}
          <SlideTable caption={heading} headers={[t('targets.indicator'), t('targets.target'), t('targets.actual')]}>
            {expectedTargets(dataset).map(({ indicator, target, actual2023 }) => (
              <tr key={target.id} role="row">
                <th scope="row" role="rowheader">
                  <TermName name={indicator.name[lang]} lang={lang} />
                </th>
                <td role="cell">
                  <TargetValue target={target} polarity={indicator.polarity} lang={lang} />
                </td>
                <td role="cell">
                  {actual2023 ? <ChangeBadge value={actual2023} polarity={indicator.polarity} lang={lang} /> : t('kpi.notStated')}
                </td>
              </tr>
            ))}
          </SlideTable>
        </>
      );
    case 'clusters':
      return (
        <>
          {title}
          {/* The title says the unit (亿元, CNY billion): the bars' labels are compact (突破1300, past 130). The legend says which bars are derived. */}
          <div className="slide-chart">
            <ClusterSizeChart
              rows={clusterSizeRows(dataset)}
              lang={lang}
              compact
              scale={{
                rowHeight: Math.round((stage.wide ? 54 : 44) * stage.unit),
                barSize: Math.round((stage.wide ? 38 : 32) * stage.unit),
                axisWidth: Math.round(160 * stage.unit),
                labelRoom: 1.9,
              }}
            />
          </div>
        </>
      );
    case 'zones':
    case 'zone':
    case 'priorities':
      return <ZonesSlide slide={slide} dataset={dataset} lang={lang} title={title} />;
    case 'ecology':
      return (
        <>
          {title}
          <FigureGrid ids={ECOLOGY_VALUES} dataset={dataset} lang={lang} />
          <p className="slide-note">{t('present.assessmentKey')}</p>
        </>
      );
    case 'livelihoods':
      return (
        <>
          {title}
          <FigureGrid ids={LIVELIHOOD_VALUES} dataset={dataset} lang={lang} />
          <p className="slide-note">{t('present.assessmentKey')}</p>
        </>
      );
    case 'outcomes':
      return (
        <OutcomeSlide lang={lang} title={title} caption={heading} outcomes={outcomesById(dataset)} targets={expectedTargets(dataset)} />
      );
    case 'closing':
      return (
        <div className="slide-cover">
          {title}
          <p className="slide-cover-meeting">{t('present.closingLine')}</p>
          <p className="slide-cover-meta">{dataset.report.title[lang]}</p>
        </div>
      );
  }
}
