import type { SectionId, ThemeId } from './schema';

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
