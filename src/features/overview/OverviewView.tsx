import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/data/schema';
import type { Lang } from '../../shared/format/formatValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { SourceQuote } from '../../shared/components/SourceQuote';
import { KpiTile } from './KpiTile';
import { TargetValue } from './TargetValue';
import { expectedTargets, headlineTiles } from './overviewModel';
import { ViewTitle } from '../../shared/components/ViewTitle';

export function OverviewView({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const tiles = headlineTiles(dataset);
  const targets = expectedTargets(dataset);
  return (
    <>
      <section aria-labelledby="kpi-heading" className="section">
        <ViewTitle id="kpi-heading">{t('kpi.heading')}</ViewTitle>
        <p className="section-intro">{t('kpi.intro')}</p>
        <div className="tiles">
          {tiles.map((tile) => (
            <KpiTile key={tile.indicator.id} tile={tile} lang={lang} />
          ))}
        </div>
      </section>
      <section aria-labelledby="targets-heading" className="section">
        <h2 id="targets-heading">{t('targets.heading')}</h2>
        <p className="section-intro">{t('targets.intro')}</p>
        <div className="table-scroll">
          <table className="data-table targets-table">
            <caption>{t('targets.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('targets.indicator')}</th>
                <th scope="col">{t('targets.target')}</th>
                <th scope="col">{t('targets.actual')}</th>
                <th scope="col" className="col-source">
                  {t('targets.source')}
                </th>
              </tr>
            </thead>
            <tbody>
              {targets.map(({ indicator, target, actual2023 }) => (
                <tr key={target.id} data-value={target.id}>
                  <th scope="row">{indicator.name[lang]}</th>
                  <td>
                    <TargetValue target={target} polarity={indicator.polarity} lang={lang} />
                  </td>
                  <td>
                    {actual2023 ? (
                      <ChangeBadge value={actual2023} polarity={indicator.polarity} lang={lang} />
                    ) : (
                      <span className="muted">{t('kpi.notStated')}</span>
                    )}
                  </td>
                  <td className="col-source">
                    <SourceQuote quote={target.quote} valueId={target.id} name={indicator.name[lang]} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
