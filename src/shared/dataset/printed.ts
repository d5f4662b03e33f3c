import { QUALIFIER_POSITION } from './codes';
import type { CitedQualifier, CitedUnitCode } from './schema';

/**
 * Digits as the document prints them: no grouping, no trailing zeros (1638, 4.86, 11000),
 * unless the document prints them (2005.70: `decimals` 2).
 */
export function printedNumber(n: number, decimals?: number): string {
  return decimals === undefined ? String(n) : n.toFixed(decimals);
}

/** A number with its qualifier and unit, each where the report writes it (QUALIFIER_POSITION). */
export function withQualifier(qualifier: CitedQualifier | undefined, core: string, unit: string): string {
  const position = qualifier ? QUALIFIER_POSITION[qualifier] : null;
  if (position === 'odd') return `${core}${qualifier}${unit}`;
  if (position === 'after') return `${core}${unit}${qualifier}`;
  return `${qualifier ?? ''}${core}${unit}`;
}

interface Printable {
  value: number | null;
  unit: CitedUnitCode;
  qualifier?: CitedQualifier | undefined;
  decimals?: number | undefined;
}

/** The value as the report writes it: 突破1300亿元, 5%以上, 约1万名, 3300余户. Null for change-only figures. */
export function printedValue(v: Printable): string | null {
  if (v.value === null) return null;
  return withQualifier(v.qualifier, printedNumber(v.value, v.decimals), v.unit);
}

/** The change as the report writes it: 增长4.5%, 增长超10%, 下降35.2%, 增长5%以上. */
export function printedGrowth(v: { growthPct?: number | undefined; growthQualifier?: CitedQualifier | undefined }): string | null {
  if (v.growthPct === undefined) return null;
  const verb = v.growthPct < 0 ? '下降' : '增长';
  return verb + withQualifier(v.growthQualifier, printedNumber(Math.abs(v.growthPct)), '%');
}
