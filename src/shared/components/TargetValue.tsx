import type { Lang } from '../i18n/lang';
import type { Polarity, PrintedValue } from '../dataset/schema';
import { FigureValue } from './FigureValue';
import { ChangeBadge } from './ChangeBadge';
import { hasFigure, hasGrowth } from '../dataset/narrow';
import { NoteChips } from './NoteChips';

/** A 2024 target: a level (突破1000亿元), a change (增长5%以上), or both, with its notes; `terse` (slides) shows a change's size beside its arrow. */
export function TargetValue({
  target,
  polarity,
  lang,
  terse = false,
}: {
  target: PrintedValue;
  polarity: Polarity;
  lang: Lang;
  terse?: boolean;
}) {
  return (
    <span className="target-value">
      {hasFigure(target) && <FigureValue value={target} lang={lang} />}
      {hasFigure(target) && hasGrowth(target) && ' · '}
      {hasGrowth(target) && <ChangeBadge value={target} polarity={polarity} lang={lang} assess={false} terse={terse} />}
      <NoteChips notes={target.notes} />
    </span>
  );
}
