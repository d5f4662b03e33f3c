import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { decidingOutcome, type TargetWithOutcome } from '../../shared/dataset/targetOutcomes';
import { OutcomeBadge } from '../../shared/components/OutcomeBadge';
import { OutcomeFigure } from '../../shared/components/OutcomeFigure';

/** Under a target: its 2024 outcome (the one that decides, with its document) and what that means for the target. */
export function TargetOutcomeSummary({ dataset, row, lang }: { dataset: Dataset; row: TargetWithOutcome | undefined; lang: Lang }) {
  const { t } = useTranslation();
  if (!row || !row.outcome.decided) return null;
  const { outcome, indicator } = row;
  const decidedBy = decidingOutcome(row);
  return (
    <span className="tile-outcome" data-outcome-of={row.target.id}>
      <span className="tile-outcome-label">{t('outcome.outcome2024')}</span>
      {decidedBy && <OutcomeFigure dataset={dataset} value={decidedBy} polarity={indicator.polarity} lang={lang} />}
      <OutcomeBadge status={outcome.status} />
    </span>
  );
}
