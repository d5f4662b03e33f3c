import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BarPatternSvg, patternIds, Swatch, type BarKind } from '../../shared/components/chart/BarPatterns';

const LEGEND_KEYS = {
  actual: 'clusters.legendActual',
  target: 'clusters.legendTarget',
  derived: 'clusters.legendDerived',
} as const;

/** With earlier years drawn, a solid bar is any year's printed result, a hatched one any year's target. */
const HISTORY_KEYS = {
  actual: 'years.clusters.legendActualAny',
  target: 'years.clusters.legendTargetAny',
  derived: 'clusters.legendDerived',
} as const;

/** Which fill means what: printed actual, printed target, derived. */
export function ChartLegend({ kinds, history = false }: { kinds: readonly BarKind[]; history?: boolean }) {
  const { t } = useTranslation();
  const ids = patternIds(useId());
  return (
    <>
      <BarPatternSvg ids={ids} />
      <ul className="legend" aria-label={t('clusters.legend')}>
        {kinds.map((kind) => (
          <li key={kind}>
            <Swatch kind={kind} ids={ids} /> {t((history ? HISTORY_KEYS : LEGEND_KEYS)[kind])}
          </li>
        ))}
      </ul>
    </>
  );
}
