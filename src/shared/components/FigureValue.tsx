import { figureText, formatFigure, type FigureInput } from '../format/formatValue';
import type { Lang } from '../i18n/lang';

interface Props {
  value: FigureInput;
  lang: Lang;
  className?: string;
}

/** A figure with its qualifier and unit; the number itself can be set large by CSS. */
export function FigureValue({ value, lang, className }: Props) {
  const parts = formatFigure(value, lang);
  return (
    <span className={`figure ${className ?? ''}`} data-figure={figureText(parts)}>
      {parts.before && <span className="figure-before">{parts.before}</span>}
      <span className="figure-number">{parts.number}</span>
      {parts.after && <span className="figure-after">{parts.after}</span>}
    </span>
  );
}
