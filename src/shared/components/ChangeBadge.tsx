import { useTranslation } from 'react-i18next';
import { assessChange, formatGrowth, type GrowthInput, type Lang } from '../format/formatValue';
import type { Polarity } from '../data/schema';

interface Props {
  value: GrowthInput;
  polarity: Polarity;
  lang: Lang;
  /** Targets state a planned change; only actual changes are judged good or bad. */
  assess?: boolean;
  /** Slides show the judgement as its symbol only; the word stays for screen readers. */
  compact?: boolean;
}

const ICON = { good: '✓', bad: '!', neutral: '' } as const;
const ARROW = { up: '▲', down: '▼', flat: '■' } as const;

/**
 * A change, its direction and whether it is good news, said in words as well
 * as shown by colour and shape: a fall in fraud cases is a good fall.
 */
export function ChangeBadge({ value, polarity, lang, assess = true, compact = false }: Props) {
  const { t } = useTranslation();
  const growth = formatGrowth(value, lang);
  const assessment = assessChange(polarity, value.growthPct);
  return (
    <span className={`change change-${growth.direction}`}>
      {/* The arrow never wraps away from its value. */}
      <span className="change-main">
        <span className="change-arrow" aria-hidden="true">
          {ARROW[growth.direction]}
        </span>{' '}
        <span className="change-text">{growth.text}</span>
      </span>
      {assess && assessment !== 'neutral' && (
        <span className={`assessment assessment-${assessment}`}>
          <span aria-hidden="true">{ICON[assessment]}</span>{' '}
          <span className={compact ? 'visually-hidden' : undefined}>{t(`assessment.${assessment}`)}</span>
        </span>
      )}
    </span>
  );
}
