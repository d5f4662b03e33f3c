import type { Dataset, Indicator, PrintedValue, Statement, Zone, ZoneId } from '../../shared/dataset/schema';
import { allValues } from '../../shared/dataset/selectors';

/**
 * What the dataset ties to a zone: every value whose `zone` is the zone's id
 * and every statement the zone holds, 2023 before 2024, each year in the
 * report's order. No pixels here.
 */

export interface ZoneFigure {
  indicator: Indicator;
  value: PrintedValue;
}

export interface ZoneYear {
  year: 2023 | 2024;
  figures: ZoneFigure[];
  statements: Statement[];
}

export interface ZoneContent {
  zone: Zone;
  figures: ZoneFigure[];
  statements: Statement[];
  /** The same figures and statements, grouped by year; years with nothing are left out. */
  years: ZoneYear[];
}

const YEARS = [2023, 2024] as const;

/** Stable: within a year, the dataset's (the report's) order stays. */
const byYear = <T extends { year: number }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.year - b.year);

export function zoneById(dataset: Dataset, id: ZoneId): Zone | undefined {
  return dataset.zones.find((zone) => zone.id === id);
}

export function zoneContent(dataset: Dataset, id: ZoneId): ZoneContent | null {
  const zone = zoneById(dataset, id);
  if (!zone) return null;
  const figures = byYear(
    allValues(dataset)
      .filter(({ value }) => value.zone === id)
      .map(({ indicator, value }) => ({ indicator, value, year: value.year })),
  ).map(({ indicator, value }) => ({ indicator, value }));
  const statements = byYear(zone.statements);
  const years = YEARS.map((year) => ({
    year,
    figures: figures.filter((f) => f.value.year === year),
    statements: statements.filter((s) => s.year === year),
  })).filter((group) => group.figures.length > 0 || group.statements.length > 0);
  return { zone, figures, statements, years };
}

export type ZoneParam = { kind: 'none' } | { kind: 'zone'; id: ZoneId } | { kind: 'unknown' };

/**
 * Reads `?zone=`: absent or empty is no selection; an id of a zone the dataset
 * holds selects it; anything else (a typo, markup, 5000 characters) is unknown
 * and selects nothing. The raw value is never shown back to the reader.
 */
export function parseZoneParam(raw: string | null, zones: readonly Pick<Zone, 'id'>[]): ZoneParam {
  if (raw === null || raw === '') return { kind: 'none' };
  const zone = zones.find((z) => z.id === raw);
  return zone ? { kind: 'zone', id: zone.id } : { kind: 'unknown' };
}
