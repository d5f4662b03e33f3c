import { useTranslation } from 'react-i18next';
import type { OutcomeStatus } from '../dataset/outcome';

/** A shape for each status, so it reads without colour: ✓ met, ≈ about met, ✗ missed; the quiet ones stay quiet. */
const ICON: Record<OutcomeStatus, string> = {
  met: '✓',
  'about-met': '≈',
  missed: '✗',
  qualitative: '◇',
  'not-comparable': '≠',
  'not-yet-reported': '…',
};

/** What happened to a target, in words as well as by colour and shape. */
export function OutcomeBadge({ status }: { status: OutcomeStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`outcome-badge outcome-${status}`} data-status={status}>
      <span aria-hidden="true">{ICON[status]}</span> {t(`outcome.status.${status}`)}
    </span>
  );
}
