import type { Dataset, ZoneId } from '../../shared/dataset/schema';
import { hrefFor, type LinkTarget } from '../../shared/lib/appUrl';
import type { Lang } from '../../shared/i18n/lang';

/**
 * The presentation, generated from the dashboard's own sections and data:
 * a slide holds references (ids, sections), never a copied figure.
 */

export type SlideKind =
  'title' | 'headline' | 'targets' | 'clusters' | 'zones' | 'zone' | 'ecology' | 'livelihoods' | 'priorities' | 'outcomes' | 'closing';

export interface Slide {
  id: string;
  kind: SlideKind;
  zone?: ZoneId;
  /** Where the QR code sends a phone: the dashboard view with this slide's content. */
  link: LinkTarget;
}

/** The figures each thematic slide shows, by value id, in reading order. */
export const ECOLOGY_VALUES = [
  'pm25@2023',
  'good-air-days@2023',
  'east-taihu-total-phosphorus@2023',
  'national-sections-class-iii@2023',
  'provincial-sections-class-ii@2023',
  'taihu-safe-summers@2023',
  'native-species@2023',
  'wetland-share@2023',
] as const;

export const LIVELIHOOD_VALUES = [
  'school-places@2023',
  'urban-jobs@2023',
  'graduate-employment-rate@2023',
  'affordable-rental-housing@2023',
  'family-doctor-contracts@2023',
  'age-friendly-adaptations@2023',
  'assistance-funds@2023',
  'telecom-fraud-cases@2023',
] as const;

export function buildSlides(dataset: Dataset): Slide[] {
  const platforms = dataset.zones.filter((zone) => zone.layers.includes('platform'));
  return [
    { id: 'title', kind: 'title', link: { view: 'overview' } },
    { id: 'headline', kind: 'headline', link: { view: 'overview' } },
    { id: 'targets', kind: 'targets', link: { view: 'overview' } },
    { id: 'clusters', kind: 'clusters', link: { view: 'clusters' } },
    { id: 'zones', kind: 'zones', link: { view: 'zones' } },
    ...platforms.map((zone): Slide => ({ id: `zone-${zone.id}`, kind: 'zone', zone: zone.id, link: { view: 'zones', zone: zone.id } })),
    { id: 'ecology', kind: 'ecology', link: { view: 'figures', ledger: { section: 'review-ecology' } } },
    { id: 'livelihoods', kind: 'livelihoods', link: { view: 'figures', ledger: { section: 'review-livelihoods' } } },
    { id: 'priorities', kind: 'priorities', link: { view: 'zones' } },
    { id: 'outcomes', kind: 'outcomes', link: { view: 'targets' } },
    { id: 'closing', kind: 'closing', link: { view: 'overview' } },
  ];
}

/** Slide numbers in the URL are 1-based; anything else lands on the first slide. */
export function parseSlideNumber(value: string | null, total: number): number {
  if (value === null || !/^\d{1,4}$/.test(value)) return 1;
  const n = Number(value);
  return n >= 1 && n <= total ? n : n > total ? total : 1;
}

/** The dashboard address a phone opens for a slide: the app's root plus the slide's view (its page's path). */
export function slideUrl(base: string, slide: Slide, lang: Lang): string {
  const url = new URL(hrefFor({ lang, depth: 0 }, lang, slide.link), base);
  url.hash = '';
  return url.toString();
}
