import type { NoteCode, Qualifier, SectionId, ThemeId } from './schema';

/**
 * Translation keys for the dataset's codes, mapped in code (never built by
 * string concatenation) so the key types are checked.
 */
export const SECTION_KEYS = {
  'review-overview': 'sections.reviewOverview',
  'review-industry': 'sections.reviewIndustry',
  'review-transformation': 'sections.reviewTransformation',
  'review-ecology': 'sections.reviewEcology',
  'review-urban-rural': 'sections.reviewUrbanRural',
  'review-livelihoods': 'sections.reviewLivelihoods',
  'review-government': 'sections.reviewGovernment',
  'plan-overview': 'sections.planOverview',
  'plan-industry': 'sections.planIndustry',
  'plan-innovation': 'sections.planInnovation',
  'plan-ecology': 'sections.planEcology',
  'plan-urban-rural': 'sections.planUrbanRural',
  'plan-livelihoods': 'sections.planLivelihoods',
  'plan-government': 'sections.planGovernment',
} as const satisfies Record<SectionId, string>;

export const THEME_KEYS = {
  economy: 'themes.economy',
  industry: 'themes.industry',
  projects: 'themes.projects',
  consumption: 'themes.consumption',
  openness: 'themes.openness',
  innovation: 'themes.innovation',
  talent: 'themes.talent',
  enterprise: 'themes.enterprise',
  digital: 'themes.digital',
  ecology: 'themes.ecology',
  urban: 'themes.urban',
  transport: 'themes.transport',
  rural: 'themes.rural',
  education: 'themes.education',
  health: 'themes.health',
  'culture-tourism': 'themes.cultureTourism',
  employment: 'themes.employment',
  welfare: 'themes.welfare',
  safety: 'themes.safety',
  governance: 'themes.governance',
} as const satisfies Record<ThemeId, string>;

export const KIND_KEYS = { actual: 'figure.actual', target: 'figure.target', derived: 'figure.derived' } as const;

/** The glossary term that explains each qualifier and each note (a test checks each id exists). */
export const QUALIFIER_TERMS = {
  突破: 'qualifier-past',
  超: 'qualifier-over',
  达: 'qualifier-reaching',
  以上: 'qualifier-or-more',
  左右: 'qualifier-around',
  约: 'qualifier-approx',
  余: 'qualifier-odd',
  增至: 'qualifier-rising-to',
  恢复至: 'qualifier-recovered-to',
  保持: 'qualifier-held-at',
} as const satisfies Record<Qualifier, string>;

export const NOTE_TERMS = {
  preliminary: 'preliminary',
  comparableBasis: 'comparable-basis',
  cumulative: 'cumulative',
} as const satisfies Record<NoteCode, string>;
