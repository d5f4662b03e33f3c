import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/lang';
import type { Polarity, PrintedValue } from '../data/schema';
import { FigureValue } from './FigureValue';
import { ChangeBadge } from './ChangeBadge';

/** A 2024 target: a level (突破1000亿元), a change (增长5%以上), or both, with its notes; `terse` (slides) shows a change's size beside its arrow. */
export function TargetValue({ target, polarity, lang, terse = false }: { target: PrintedValue; polarity: Polarity; lang: Lang; terse?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="target-value">
      {target.value !== null && <FigureValue value={{ ...target, value: target.value }} lang={lang} />}
      {target.value !== null && target.growthPct !== undefined && ' · '}
      {target.growthPct !== undefined && (
        <ChangeBadge value={{ ...target, growthPct: target.growthPct }} polarity={polarity} lang={lang} assess={false} terse={terse} />
      )}
      {target.notes?.map((note) => (
        <span key={note} className="note-chip">
          {t(`notes.${note}`)}
        </span>
      ))}
    </span>
  );
}
