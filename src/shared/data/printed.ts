import type { PrintedValue, Qualifier } from './schema';

/** Qualifiers the report writes after the number (5%以上, 50%左右, 3300余户); the rest come before it. */
export const SUFFIX_QUALIFIERS: ReadonlySet<Qualifier> = new Set<Qualifier>(['以上', '左右']);

/** Digits as the report prints them: no grouping, no trailing zeros (1638, 4.86, 11000). */
export function printedNumber(n: number): string {
  return String(n);
}

function wrap(qualifier: Qualifier | undefined, core: string, unit: string): string {
  if (qualifier === '余') return `${core}余${unit}`;
  if (qualifier && SUFFIX_QUALIFIERS.has(qualifier)) return `${core}${unit}${qualifier}`;
  return `${qualifier ?? ''}${core}${unit}`;
}

/** The value as the report writes it: 突破1300亿元, 5%以上, 约1万名, 3300余户. Null for change-only figures. */
export function printedValue(v: Pick<PrintedValue, 'value' | 'unit' | 'qualifier'>): string | null {
  if (v.value === null) return null;
  return wrap(v.qualifier, printedNumber(v.value), v.unit);
}

/** The change as the report writes it: 增长4.5%, 增长超10%, 下降35.2%, 增长5%以上. */
export function printedGrowth(v: Pick<PrintedValue, 'growthPct' | 'growthQualifier'>): string | null {
  if (v.growthPct === undefined) return null;
  const verb = v.growthPct < 0 ? '下降' : '增长';
  return verb + wrap(v.growthQualifier, printedNumber(Math.abs(v.growthPct)), '%');
}
