import { OUTCOME_STATUSES, SECTION_IDS, THEME_IDS } from '../dataset/codes';
import type { OutcomeStatus } from '../dataset/outcome';
import type { SectionId, ThemeId } from '../dataset/schema';
import type { Lang } from '../i18n/lang';
import { isLang } from '../i18n/resolveLanguage';

/**
 * The one model of the dashboard's address. Every parameter the app reads is parsed here,
 * with its default and its handling of hostile values, and every link the app builds is
 * written by `serializeAppUrl`/`hrefFor`, so the two can never disagree.
 *
 * Unknown, empty or hostile values fall back to their defaults, without an error. Free text
 * (`q`) and ids (`zone`, `fig`) are kept as plain text, capped, and never rendered back as markup;
 * the views check ids against the dataset.
 */

/** The views, in the navigation's order; `figure` (one figure on its own page) is reached from the figures, not from the navigation. */
export const NAV_VIEWS = ['overview', 'targets', 'clusters', 'zones', 'figures', 'report', 'glossary'] as const;
export const VIEWS = [...NAV_VIEWS, 'figure'] as const;
export type View = (typeof VIEWS)[number];

/** The ledger's filters and sort order. */
export type Period = `${number}-${'actual' | 'target'}`;
export const SORT_KEYS = ['report', 'label', 'value', 'growth', 'period', 'section', 'status', 'document'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** A search longer than any label or quote cannot match; capping it keeps a hostile URL cheap. */
export const MAX_QUERY_LENGTH = 200;
/** No id of the dataset is this long; a longer value is not an id, and is not kept whole. */
const MAX_ID_LENGTH = 100;
/** Slide numbers are 1-based and short; anything else is no slide number. */
const SLIDE = /^\d{1,4}$/;

export interface LedgerQuery {
  q: string;
  section: SectionId | null;
  theme: ThemeId | null;
  period: Period | null;
  /** The ledger's document filter: a document id of the registry (the view checks it), or null for every document. */
  doc: string | null;
  sort: SortKey;
  dir: SortDir;
}

export interface AppUrl {
  view: View;
  /** The language the address asks for (`?lang=`), if any; it wins over the reader's stored choice. */
  lang: Lang | null;
  /** Presenter mode, over the view it was started from. */
  present: boolean;
  /** The slide number as written (1-based); the presenter clamps it to its slides. */
  slide: number | null;
  /** The speaker view of presenter mode (`&speaker=1`): the presenter's own window, kept in step with the audience's. */
  speaker: boolean;
  /** The selected zone's id as written; the zones view checks it against the dataset. */
  zone: string | null;
  /** A figure or statement id: highlighted in the ledger, its passage marked in the report. */
  fig: string | null;
  /** The targets view's filter: what happened to a target. */
  status: OutcomeStatus | null;
  /** Search, filters and sort of the ledger; the targets view shares `section` and `sort`. */
  ledger: LedgerQuery;
}

export const DEFAULT_LEDGER: LedgerQuery = { q: '', section: null, theme: null, period: null, doc: null, sort: 'report', dir: 'asc' };

export const HOME: AppUrl = { view: 'overview', lang: null, present: false, slide: null, speaker: false, zone: null, fig: null, status: null, ledger: DEFAULT_LEDGER };

/** One of the given codes, or null for anything else. */
export function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

const textOrNull = (value: string | null, max: number) => (value === null || value === '' ? null : value.slice(0, max));

export function parseAppUrl(search: string): AppUrl {
  const params = new URLSearchParams(search);
  const slide = params.get('slide');
  const lang = params.get('lang');
  return {
    // `?fig=<id>` alone is the figure's own page, the shortest link to send someone.
    view: oneOf(VIEWS, params.get('view')) ?? (params.get('fig') ? 'figure' : 'overview'),
    lang: isLang(lang) ? lang : null,
    present: params.get('present') === '1',
    slide: slide !== null && SLIDE.test(slide) ? Number(slide) : null,
    // Only with presenter mode, and only as exactly `1`: anything else is the audience's view.
    speaker: params.get('present') === '1' && params.get('speaker') === '1',
    zone: textOrNull(params.get('zone'), MAX_ID_LENGTH),
    fig: textOrNull(params.get('fig'), MAX_ID_LENGTH),
    status: oneOf(OUTCOME_STATUSES, params.get('status')),
    ledger: {
      q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
      section: oneOf(SECTION_IDS, params.get('section')),
      theme: oneOf(THEME_IDS, params.get('theme')),
      period: parsePeriod(params.get('period')),
      doc: parseDocId(params.get('doc')),
      sort: oneOf(SORT_KEYS, params.get('sort')) ?? 'report',
      dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    },
  };
}

/**
 * The canonical query string of a state, defaults left out, in one fixed order
 * (view, its parameters, presenter, language): './' for the plain overview.
 */
export function serializeAppUrl(url: AppUrl): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | null | false) => {
    if (value !== null && value !== false && value !== '') params.set(key, String(value));
  };
  set('view', url.view === 'overview' || (url.view === 'figure' && url.fig) ? null : url.view);
  set('zone', url.zone);
  set('fig', url.fig);
  set('status', url.status);
  const { q, section, theme, period, doc, sort, dir } = url.ledger;
  set('q', q);
  set('section', section);
  set('theme', theme);
  set('period', period);
  set('doc', doc);
  set('sort', sort === DEFAULT_LEDGER.sort ? null : sort);
  set('dir', dir === DEFAULT_LEDGER.dir ? null : dir);
  set('present', url.present && '1');
  set('slide', url.present ? url.slide : null);
  set('speaker', url.present && url.speaker && '1');
  set('lang', url.lang);
  const query = params.toString();
  return query ? `?${query}` : './';
}

/*
 * The ledger across documents (#13): a period is any year's results or targets (2021-actual,
 * 2025-target), and `doc` names one document of the registry. Both are checked for their form
 * here; the ledger offers only the periods and documents the dataset holds.
 */
const PERIOD = /^(19|20)\d{2}-(actual|target)$/;
/** Document ids are upper-case, like WZ-GWR-2025; `doc=wz-gwr-2025` is read as the same id. */
const DOC_ID = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
const MAX_DOC_LENGTH = 40;

export function parsePeriod(value: string | null): Period | null {
  return value !== null && PERIOD.test(value) ? (value as Period) : null;
}

export function parseDocId(value: string | null): string | null {
  if (value === null || value.length > MAX_DOC_LENGTH) return null;
  const id = value.toUpperCase();
  return DOC_ID.test(id) ? id : null;
}

export type LinkTarget = Partial<Omit<AppUrl, 'ledger'>> & { view: View; ledger?: Partial<LedgerQuery> };

/**
 * A link from the page at `from`, shown in `lang`, to `to`. The link keeps the reader's
 * language: the one the address asked for, or English when the page is in English, so a
 * copied link opens as the reader sees it.
 */
export function hrefFor(from: Pick<AppUrl, 'lang'>, lang: Lang, to: LinkTarget): string {
  return serializeAppUrl({
    ...HOME,
    ...to,
    ledger: { ...DEFAULT_LEDGER, ...to.ledger },
    lang: to.lang ?? from.lang ?? (lang === 'en' ? 'en' : null),
  });
}

/**
 * Which prerendered first view an address may paint before any script has loaded: the overview
 * in 'zh' or 'en', or 'none' (another view, a figure's page, presenter mode). It follows the same
 * rules as parseAppUrl and resolveLanguage (a test holds them together) and stands alone, with no
 * imports and no outside names, because the build inlines this very function into each page's
 * <head> (scripts/prerender-plugin.mjs).
 */
export function firstViewOf(search: string, stored: string | null, views: readonly string[]): 'zh' | 'en' | 'none' {
  const params = new URLSearchParams(search);
  const asked = params.get('lang');
  const lang = asked === 'zh' || asked === 'en' ? asked : stored === 'en' ? 'en' : 'zh';
  const view = params.get('view');
  const shown = view !== null && views.indexOf(view) >= 0 ? view : params.get('fig') ? 'figure' : 'overview';
  return params.get('present') === '1' || shown !== 'overview' ? 'none' : lang;
}
