import { useTranslation } from 'react-i18next';
import type { DerivedValue } from '../../shared/dataset/derived';
import { figureText, formatFigure } from '../../shared/format/formatValue';
import type { Lang } from '../../shared/i18n/lang';
import { derivationFormula } from './clusterBars';

/** A derived value, never mistaken for a printed one: ≈, a "derived" tag and its arithmetic. */
export function DerivedFigure({ derived, lang }: { derived: DerivedValue; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <span className="derived">
      ≈{figureText(formatFigure({ value: derived.value, unit: derived.unit }, lang))}{' '}
      <span className="derived-tag">{t('figure.derived')}</span>
      <span className="formula">= {derivationFormula(derived, lang)}</span>
    </span>
  );
}
