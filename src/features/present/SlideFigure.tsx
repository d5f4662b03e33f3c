import type { Indicator, PrintedValue } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { FigureValue } from '../../shared/components/FigureValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { TermName } from '../../shared/components/TermHints';
import { hasFigure, hasGrowth } from '../../shared/dataset/narrow';

/** A figure set for the back of the room: its name, then the value with qualifier and unit, and its change. */
export function SlideFigure({ indicator, value, lang }: { indicator: Indicator; value: PrintedValue; lang: Lang }) {
  return (
    <div className="slide-figure" data-value={value.id}>
      <p className="slide-figure-name">
        <TermName name={indicator.name[lang]} lang={lang} />
      </p>
      <p className="slide-figure-line">
        {hasFigure(value) && (
          <span className="slide-figure-value">
            <FigureValue value={value} lang={lang} />
          </span>
        )}
        {hasGrowth(value) && (
          <span className="slide-figure-change">
            <ChangeBadge value={value} polarity={indicator.polarity} lang={lang} assess={value.kind === 'actual'} compact terse />
          </span>
        )}
      </p>
    </div>
  );
}
