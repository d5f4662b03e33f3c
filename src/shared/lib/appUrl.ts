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
  /** How many folders below the app's root the page's path is (`en/zones/new-city/`: 3): links are written relative to it. */
  depth: number;
}

export const DEFAULT_LEDGER: LedgerQuery = { q: '', section: null, theme: null, period: null, doc: null, sort: 'report', dir: 'asc' };

export const HOME: AppUrl = {
  view: 'overview',
  lang: null,
  present: false,
  slide: null,
  speaker: false,
  zone: null,
  fig: null,
  status: null,
  ledger: DEFAULT_LEDGER,
  depth: 0,
};

/** One of the given codes, or null for anything else. */
export function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

const textOrNull = (value: string | null, max: number) => (value === null || value === '' ? null : value.slice(0, max));

/** The views with a path of their own; a figure's page and presenter mode stay query addresses (`?fig=`, `?present=1`). */
export const PATH_VIEWS = ['targets', 'clusters', 'zones', 'figures', 'report', 'glossary'] as const;
/** A zone id that can stand in a path as it is; anything else (a hostile value) stays in the query. */
const PATH_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A route below the app's root: `en/`, `clusters/`, `zones/new-city/`, `en/figures/`; `index.html` may close it. */
const ROUTE = /^(?:(en)\/)?(?:([a-z]+)\/(?:([a-z0-9][a-z0-9-]*)\/)?)?(?:index\.html)?$/;

interface Route {
  lang: Lang | null;
  view: View | null;
  zone: string | null;
}

/** The view, zone and language a route below the app's root names (none for a route that is not one of the app's). */
export function parseRoute(route: string): Route {
  const match = ROUTE.exec(route);
  const none: Route = { lang: null, view: null, zone: null };
  if (!match) return none;
  const view = match[2] === undefined ? null : oneOf(PATH_VIEWS, match[2]);
  if (match[2] !== undefined && view === null) return none;
  if (match[3] !== undefined && view !== 'zones') return none;
  return { lang: match[1] ? 'en' : null, view, zone: match[3] ?? null };
}

/** The folders below the app's root the route stands in (a file name at its end is none). */
export const routeDepth = (route: string) => route.split('/').length - 1;

/**
 * Parses an address: `route` is its path below the app's root (`en/zones/new-city/`), `search` its
 * query. The path names the view, its zone and English; the query holds the rest of the state. The
 * query's own `view`, `zone` and `lang` (the addresses before paths, and printed QR codes) win over the path.
 */
export function parseAppUrl(search: string, route = ''): AppUrl {
  const params = new URLSearchParams(search);
  const slide = params.get('slide');
  const lang = params.get('lang');
  const path = parseRoute(route);
  const fig = textOrNull(params.get('fig'), MAX_ID_LENGTH);
  return {
    // `?fig=<id>` alone is the figure's own page, the shortest link to send someone.
    view: oneOf(VIEWS, params.get('view')) ?? path.view ?? (fig ? 'figure' : 'overview'),
    lang: isLang(lang) ? lang : path.lang,
    present: params.get('present') === '1',
    slide: slide !== null && SLIDE.test(slide) ? Number(slide) : null,
    // Only with presenter mode, and only as exactly `1`: anything else is the audience's view.
    speaker: params.get('present') === '1' && params.get('speaker') === '1',
    zone: textOrNull(params.get('zone'), MAX_ID_LENGTH) ?? path.zone,
    fig,
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
    depth: routeDepth(route),
  };
}

/** The route (path below the app's root) of a state's view, zone and language: '' for the Chinese overview. */
export function routeOf(url: Pick<AppUrl, 'view' | 'zone' | 'lang'>): string {
  const lang = url.lang === 'en' ? 'en/' : '';
  const view = oneOf(PATH_VIEWS, url.view);
  if (view === null) return lang;
  const zone = view === 'zones' && url.zone !== null && PATH_ID.test(url.zone) ? `${url.zone}/` : '';
  return `${lang}${view}/${zone}`;
}

/**
 * The canonical address of a state, relative to the app's root: its route (view, zone, English),
 * then the rest as a query, defaults left out, in one fixed order (the view's parameters,
 * presenter, an explicit Chinese): './' for the plain overview, './en/zones/new-city/',
 * './figures/?q=PM2.5', './?fig=pm25%402023'.
 */
export function serializeAppUrl(url: Omit<AppUrl, 'depth'>): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | null | false) => {
    if (value !== null && value !== false && value !== '') params.set(key, String(value));
  };
  const route = routeOf(url);
  // Only a figure's page without its figure (no path, no `fig`) still needs `view=`.
  set('view', url.view === 'figure' && !url.fig ? url.view : null);
  set('zone', url.view === 'zones' && route.endsWith(`/${url.zone}/`) ? null : url.zone);
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
  // English is in the path; a Chinese the address asked for (over a stored English) stays asked.
  set('lang', url.lang === 'zh' ? 'zh' : null);
  const query = params.toString();
  return `./${route}${query ? `?${query}` : ''}`;
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

/** The way from a page `depth` folders below the app's root back to it. */
export const toRoot = (depth: number) => (depth > 0 ? '../'.repeat(depth) : './');

export type LinkTarget = Partial<Omit<AppUrl, 'ledger'>> & { view: View; ledger?: Partial<LedgerQuery> };

/**
 * A link from the page at `from`, shown in `lang`, to `to`. The link keeps the reader's
 * language: the one the address asked for, or English when the page is in English, so a
 * copied link opens as the reader sees it.
 */
export function hrefFor(from: Pick<AppUrl, 'lang' | 'depth'>, lang: Lang, to: LinkTarget): string {
  return (
    toRoot(from.depth) +
    serializeAppUrl({
      ...HOME,
      ...to,
      ledger: { ...DEFAULT_LEDGER, ...to.ledger },
      lang: to.lang ?? from.lang ?? (lang === 'en' ? 'en' : null),
    }).slice(2)
  );
}

/** The parameters that change what a view's main content shows: with any (a zone: in the query), its prerendered page is not what it would show. */
export const STATE_PARAMS = ['fig', 'status', 'q', 'section', 'theme', 'period', 'doc', 'sort', 'dir', 'zone'] as const;

/**
 * What a prerendered page does before anything paints, decided in its <head>:
 * - `go`: an address to go to instead, the canonical prerendered page of what this address asks
 *   for (an old `?view=clusters&lang=en`, a printed QR code, a reader who chose English opening a
 *   Chinese page); the rest of the query and the hash go along;
 * - `first`: what to paint meanwhile: the page's prerender (its language, 'zh' or 'en'), its
 *   header only ('main': the query changes what the view shows, a search say, and the script
 *   renders it), or nothing ('none': a figure's page, presenter mode, a state no page was rendered for).
 *
 * `page` is this page's own route, `routes` every prerendered route, `views` the app's views,
 * `state` the parameters that change what a view shows (STATE_PARAMS). It
 * follows the same rules as parseAppUrl, routeOf and resolveLanguage (a test holds them together)
 * and stands alone, with no imports and no outside names, because the build inlines this very
 * function into each page's <head> (scripts/prerender-plugin.mjs).
 */
export function firstViewOf(
  pathname: string,
  search: string,
  hash: string,
  stored: string | null,
  page: string,
  routes: readonly string[],
  views: readonly string[],
  state: readonly string[],
): { go: string | null; first: string } {
  const params = new URLSearchParams(search);
  const path = pathname.replace(/index\.html$/, '');
  if (path.length < page.length || path.slice(path.length - page.length) !== page) return { go: null, first: 'none' };
  const root = path.slice(0, path.length - page.length);
  const own = /^(en\/)?(?:([a-z]+)\/(?:([^/]+)\/)?)?$/.exec(page) || [];
  const asked = params.get('lang');
  const lang = asked === 'zh' || asked === 'en' ? asked : own[1] ? 'en' : stored === 'en' ? 'en' : 'zh';
  const askedView = params.get('view');
  const view = askedView !== null && views.indexOf(askedView) >= 0 ? askedView : own[2] || (params.get('fig') ? 'figure' : 'overview');
  const zone = params.get('zone') || own[3] || null;
  const zoneInPath = view === 'zones' && zone !== null && /^[a-z0-9][a-z0-9-]{0,63}$/.test(zone);
  const target = (lang === 'en' ? 'en/' : '') + (view === 'overview' || view === 'figure' ? '' : `${view}/${zoneInPath ? `${zone}/` : ''}`);
  if (target !== page && routes.indexOf(target) >= 0) {
    if (!(view === 'figure' && !params.get('fig'))) params.delete('view');
    if (zoneInPath) params.delete('zone');
    if (asked !== 'zh') params.delete('lang');
    const query = params.toString();
    return { go: root + target + (query ? `?${query}` : '') + hash, first: 'none' };
  }
  if (params.get('present') === '1' || view === 'figure' || target !== page) return { go: null, first: 'none' };
  // (A zone left in the query is one no page was rendered for: the view says it is unknown.)
  for (const name of state) if (name !== 'zone' && params.get(name)) return { go: null, first: 'main' };
  if (params.get('zone') && !zoneInPath) return { go: null, first: 'main' };
  return { go: null, first: lang };
}
