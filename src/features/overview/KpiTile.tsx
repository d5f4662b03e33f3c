import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/lang';
import { FigureValue } from '../../shared/components/FigureValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { SourceQuote } from '../../shared/components/SourceQuote';
import { FigureLink } from '../../shared/components/FigureLink';
import { TermHints } from '../../shared/components/TermHints';
import { TargetValue } from '../../shared/components/TargetValue';
import type { KpiTileModel } from './overviewModel';
import type { Dataset } from '../../shared/dataset/schema';
import type { TargetWithOutcome } from '../../shared/dataset/targetOutcomes';
import { TargetOutcomeSummary } from './TargetOutcomeSummary';
import { hasGrowth } from '../../shared/dataset/narrow';
import { NoteChips } from '../../shared/components/NoteChips';

export function KpiTile({
  tile,
  lang,
  dataset,
  outcomes,
}: {
  tile: KpiTileModel;
  lang: Lang;
  dataset: Dataset;
  outcomes: ReadonlyMap<string, TargetWithOutcome>;
}) {
  const { t } = useTranslation();
  const { indicator, actual, targets } = tile;
  const name = indicator.name[lang];
  const headingId = `kpi-${indicator.id}`;
  return (
    <article className="tile" aria-labelledby={headingId} data-indicator={indicator.id}>
      <h3 id={headingId} className="tile-name">
        <FigureLink id={actual.id}>{name}</FigureLink>
      </h3>
      <TermHints text={name} lang={lang} />
      <p className="tile-value">
        <FigureValue value={actual} lang={lang} />
      </p>
      <p className="tile-change">
        {hasGrowth(actual) ? (
          <ChangeBadge value={actual} polarity={indicator.polarity} lang={lang} />
        ) : (
          <span className="muted">{t('kpi.noChange')}</span>
        )}
      </p>
      {actual.notes && actual.notes.length > 0 && (
        <p className="tile-notes">
          <NoteChips notes={actual.notes} />
        </p>
      )}
      <div className="tile-target">
        <span className="tile-target-label">{t('kpi.target2024')}</span>
        {targets.length > 0 ? (
          <ul className="tile-target-list">
            {targets.map((target) => (
              <li key={target.id}>
                <TargetValue target={target} polarity={indicator.polarity} lang={lang} />
                <TargetOutcomeSummary dataset={dataset} row={outcomes.get(target.id)} lang={lang} />
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('kpi.noTarget')}</span>
        )}
      </div>
      <SourceQuote quote={actual.quote} valueId={actual.id} name={name} />
    </article>
  );
}
