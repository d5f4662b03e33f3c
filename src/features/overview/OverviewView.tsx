import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { SourceQuote } from '../../shared/components/SourceQuote';
import { KpiTile } from './KpiTile';
import { TargetValue } from '../../shared/components/TargetValue';
import { expectedTargets, headlineTiles, outcomesById } from './overviewModel';
import { TargetOutcomeSummary } from './TargetOutcomeSummary';
import { ViewTitle } from '../../shared/components/ViewTitle';
import { DataTable } from '../../shared/components/DataTable';
import { FigureLink } from '../../shared/components/FigureLink';
import { TermHints } from '../../shared/components/TermHints';

export function OverviewView({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const tiles = headlineTiles(dataset);
  const targets = expectedTargets(dataset);
  const outcomes = outcomesById(dataset);
  const headers = [t('targets.indicator'), t('targets.target'), t('targets.actual'), t('outcome.outcome2024'), t('targets.source')];
  return (
    <>
      <section aria-labelledby="kpi-heading" className="section">
        <ViewTitle id="kpi-heading">{t('kpi.heading')}</ViewTitle>
        <p className="section-intro">{t('kpi.intro')}</p>
        <div className="tiles">
          {tiles.map((tile) => (
            <KpiTile key={tile.indicator.id} tile={tile} lang={lang} dataset={dataset} outcomes={outcomes} />
          ))}
        </div>
      </section>
      <section aria-labelledby="targets-heading" className="section">
        <h2 id="targets-heading">{t('targets.heading')}</h2>
        <p className="section-intro">{t('targets.intro')}</p>
        <DataTable caption={t('targets.caption')} headers={headers} className="targets-table">
          {targets.map(({ indicator, target, actual2023 }) => (
            <tr key={target.id} data-value={target.id} role="row">
              <th scope="row" role="rowheader">
                <FigureLink id={target.id}>{indicator.name[lang]}</FigureLink>
                <TermHints text={indicator.name[lang]} lang={lang} />
              </th>
              <td role="cell" data-label={headers[1]}>
                <TargetValue target={target} polarity={indicator.polarity} lang={lang} />
              </td>
              <td role="cell" data-label={headers[2]}>
                {actual2023 ? (
                  <ChangeBadge value={actual2023} polarity={indicator.polarity} lang={lang} />
                ) : (
                  <span className="muted">{t('kpi.notStated')}</span>
                )}
              </td>
              <td role="cell" data-label={headers[3]}>
                <TargetOutcomeSummary dataset={dataset} row={outcomes.get(target.id)} lang={lang} />
              </td>
              <td role="cell" className="col-source" data-label={headers[4]}>
                <SourceQuote quote={target.quote} valueId={target.id} name={indicator.name[lang]} />
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </>
  );
}
