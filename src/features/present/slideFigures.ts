import type { Dataset, Indicator, PrintedValue, Statement, ZoneId } from '../../shared/dataset/schema';
import { valueById } from '../../shared/dataset/selectors';
import { expectedTargets, headlineTiles } from '../overview/overviewModel';
import { clusterSizeRows } from '../clusters/clusterSeries';
import { zoneContent } from '../zones/zoneContent';
import { ECOLOGY_VALUES, LIVELIHOOD_VALUES, type Slide } from './slides';

/**
 * The figures a slide shows, in its reading order: the one list that both the slide
 * (where it draws figures from a list) and the speaker's notes read, so the notes
 * can never speak of a figure the audience does not see, nor miss one.
 */

export interface SlideFigureRef {
  indicator: Indicator;
  value: PrintedValue;
}

/**
 * What a slide can hold about a zone without scrolling: its 2023 figures, large (two where
 * four zones share a slide, four where it has one alone), then as many of its statements
 * as the room left allows.
 */
function statementRoom(figures: number, compact: boolean): number {
  if (compact) return figures > 0 ? 0 : 1;
  return figures >= 3 ? 0 : figures > 0 ? 2 : 3;
}

export interface ZoneSlideContent {
  figures: { indicator: Indicator; value: PrintedValue }[];
  statements: Statement[];
}

export function zoneSlideContent(dataset: Dataset, zoneId: ZoneId, compact: boolean): ZoneSlideContent | null {
  const content = zoneContent(dataset, zoneId);
  if (!content) return null;
  const figures = content.figures.filter((f) => f.value.year === 2023).slice(0, compact ? 2 : 4);
  return { figures, statements: content.statements.slice(0, statementRoom(figures.length, compact)) };
}

const priorityZones = (dataset: Dataset) => dataset.zones.filter((zone) => zone.layers.includes('priority'));

/** The zones' statements a slide shows (the zone slides and the priorities), in its reading order. */
export function slideStatements(slide: Slide, dataset: Dataset): Statement[] {
  if (slide.kind === 'zone' && slide.zone) return zoneSlideContent(dataset, slide.zone, false)?.statements ?? [];
  if (slide.kind === 'priorities')
    return priorityZones(dataset).flatMap((zone) => zoneSlideContent(dataset, zone.id, true)?.statements ?? []);
  return [];
}

function byIds(dataset: Dataset, ids: readonly string[]): SlideFigureRef[] {
  return ids.flatMap((id) => {
    const found = valueById(dataset, id);
    return found ? [found] : [];
  });
}

export function slideFigures(slide: Slide, dataset: Dataset): SlideFigureRef[] {
  switch (slide.kind) {
    case 'headline':
      return headlineTiles(dataset).map(({ indicator, actual }) => ({ indicator, value: actual }));
    case 'targets':
    case 'outcomes':
      // Each row is a 2024 target; the 2023 growth beside it on the targets slide is the headline slide's figure, given with the target's note.
      return expectedTargets(dataset).map(({ indicator, target }) => ({ indicator, value: target }));
    case 'clusters': {
      // The 2023 sizes, then the 2024 targets: the report states the targets in one sentence.
      const rows = clusterSizeRows(dataset);
      return [...rows.map((row) => [row, row.actual2023] as const), ...rows.map((row) => [row, row.target2024] as const)].flatMap(
        ([row, bar]) => (bar && bar.kind !== 'derived' ? [{ indicator: row.indicator, value: bar.printed }] : []),
      );
    }
    case 'zone':
      return slide.zone ? (zoneSlideContent(dataset, slide.zone, false)?.figures ?? []) : [];
    case 'priorities':
      return priorityZones(dataset).flatMap((zone) => zoneSlideContent(dataset, zone.id, true)?.figures ?? []);
    case 'ecology':
      return byIds(dataset, ECOLOGY_VALUES);
    case 'livelihoods':
      return byIds(dataset, LIVELIHOOD_VALUES);
    case 'title':
    case 'zones':
    case 'closing':
      return [];
  }
}
