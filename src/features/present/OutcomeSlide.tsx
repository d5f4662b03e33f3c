import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/lang';
import { decidingOutcome, type TargetWithOutcome } from '../../shared/dataset/targetOutcomes';
import { OUTCOME_STATUSES } from '../../shared/dataset/codes';
import { TargetValue } from '../../shared/components/TargetValue';
import { OutcomeBadge } from '../../shared/components/OutcomeBadge';
import { FigureValue } from '../../shared/components/FigureValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import type { TargetRow } from '../overview/overviewModel';
import { TermName } from '../../shared/components/TermHints';
import { SlideTable } from './SlideTable';
import { hasFigure, hasGrowth } from '../../shared/dataset/narrow';

/** "2024 targets: what happened": the main expected targets with the outcome that decides, and the count of all targets by status. */
export function OutcomeSlide({
  lang,
  title,
  caption,
  outcomes,
  targets,
}: {
  lang: Lang;
  title: ReactNode;
  caption: string;
  outcomes: ReadonlyMap<string, TargetWithOutcome>;
  targets: TargetRow[];
}) {
  const { t } = useTranslation();
  const all = [...outcomes.values()];
  const summary = OUTCOME_STATUSES.map(
    (status) => [status, all.filter((row) => row.outcome.decided && row.outcome.status === status).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${t(`outcome.status.${status}`)} ${n}`)
    .join(lang === 'zh' ? '，' : ', ');
  return (
    <>
      {title}
      <SlideTable
        caption={caption}
        className="slide-outcomes"
        headers={[t('targets.indicator'), t('targets.target'), t('outcome.outcome2024')]}
      >
        {targets.map(({ indicator, target }) => {
          const row = outcomes.get(target.id);
          const decided = row?.outcome.decided ? row.outcome : null;
          const value = row ? decidingOutcome(row) : undefined;
          return (
            <tr key={target.id} data-value={target.id} role="row">
              <th scope="row" role="rowheader">
                <TermName name={indicator.name[lang]} lang={lang} />
              </th>
              <td role="cell">
                <TargetValue target={target} polarity={indicator.polarity} lang={lang} terse />
              </td>
              <td role="cell">
                {value && hasFigure(value) && !hasGrowth(value) && <FigureValue value={value} lang={lang} />}
                {value && hasGrowth(value) && (
                  <ChangeBadge value={value} polarity={indicator.polarity} lang={lang} assess={false} terse />
                )}{' '}
                {decided && <OutcomeBadge status={decided.status} />}
              </td>
            </tr>
          );
        })}
      </SlideTable>
      <p className="slide-note">{t('present.outcomesNote', { total: all.length, summary })}</p>
    </>
  );
}
