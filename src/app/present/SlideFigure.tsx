import type { Indicator, PrintedValue } from '../../shared/data/schema';
import type { Lang } from '../../shared/format/formatValue';
import { FigureValue } from '../../shared/components/FigureValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';

/** A figure set for the back of the room: its name, the value with qualifier, and its change. */
export function SlideFigure({ indicator, value, lang }: { indicator: Indicator; value: PrintedValue; lang: Lang }) {
  return (
    <div className="slide-figure" data-value={value.id}>
      <p className="slide-figure-name">{indicator.name[lang]}</p>
      {value.value !== null && (
        <p className="slide-figure-value">
          <FigureValue value={{ ...value, value: value.value }} lang={lang} />
        </p>
      )}
      {value.growthPct !== undefined && (
        <p className="slide-figure-change">
          <ChangeBadge value={{ ...value, growthPct: value.growthPct }} polarity={indicator.polarity} lang={lang} assess={value.kind === 'actual'} compact />
        </p>
      )}
    </div>
  );
}
