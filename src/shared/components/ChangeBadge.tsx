import { useTranslation } from 'react-i18next';
import { assessChange, figureText, formatFigure, formatGrowth, type GrowthInput } from '../format/formatValue';
import type { Lang } from '../i18n/lang';
import type { Polarity } from '../dataset/schema';

interface Props {
  value: GrowthInput;
  polarity: Polarity;
  lang: Lang;
  /** Targets state a planned change; only actual changes are judged good or bad. */
  assess?: boolean;
  /** Slides show the judgement as its symbol only; the word stays for screen readers. */
  compact?: boolean;
  /** Slides show the size of the change beside its arrow; the word (up, 增长) stays for screen readers. */
  terse?: boolean;
}

const ICON = { good: '✓', bad: '!', neutral: '' } as const;
const ARROW = { up: '▲', down: '▼', flat: '■' } as const;

/**
 * A change, its direction and whether it is good news, said in words as well
 * as shown by colour and shape: a fall in fraud cases is a good fall.
 */
export function ChangeBadge({ value, polarity, lang, assess = true, compact = false, terse = false }: Props) {
  const { t } = useTranslation();
  const growth = formatGrowth(value, lang);
  // formatGrowth says the direction, then the size: 增长4.5%, up 4.5%.
  const size = figureText(formatFigure({ value: Math.abs(value.growthPct), unit: '%', qualifier: value.growthQualifier }, lang));
  const word = terse && growth.text.endsWith(size) ? growth.text.slice(0, growth.text.length - size.length) : '';
  const assessment = assessChange(polarity, value.growthPct);
  return (
    <span className={`change change-${growth.direction}`}>
      {/* The arrow never wraps away from its value. */}
      <span className="change-main">
        <span className="change-arrow" aria-hidden="true">
          {ARROW[growth.direction]}
        </span>{' '}
        {word ? (
          <span className="change-text">
            <span className="visually-hidden">{word}</span>
            {size}
          </span>
        ) : (
          <span className="change-text">{growth.text}</span>
        )}
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
