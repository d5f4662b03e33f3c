import { describe, expect, it } from 'vitest';
import { firstViewOf, HOME, hrefFor, MAX_QUERY_LENGTH, parseAppUrl, routeOf, serializeAppUrl, STATE_PARAMS, VIEWS } from './appUrl';

describe('parseAppUrl', () => {
  it('reads every parameter the app uses', () => {
    expect(
      parseAppUrl('?view=figures&q=PM2.5&section=plan-ecology&theme=ecology&period=2024-target&sort=value&dir=desc&fig=pm25@2023&lang=en'),
    ).toEqual({
      ...HOME,
      view: 'figures',
      lang: 'en',
      fig: 'pm25@2023',
      ledger: { q: 'PM2.5', section: 'plan-ecology', theme: 'ecology', period: '2024-target', doc: null, sort: 'value', dir: 'desc' },
    });
    expect(parseAppUrl('?view=zones&zone=new-city')).toEqual({ ...HOME, view: 'zones', zone: 'new-city' });
    expect(parseAppUrl('?view=clusters&present=1&slide=4')).toEqual({ ...HOME, view: 'clusters', present: true, slide: 4 });
  });

  it('falls back to the defaults for unknown values', () => {
    expect(parseAppUrl('?view=Overview&lang=fr&present=yes&slide=-1&section=<x>&theme=((&period=2025&sort=__proto__&dir=up')).toEqual(HOME);
    expect(parseAppUrl('?slide=12345').slide).toBeNull();
  });

  it('reads the speaker view only as exactly speaker=1, and only with presenter mode', () => {
    expect(parseAppUrl('?present=1&speaker=1&slide=3')).toEqual({ ...HOME, present: true, speaker: true, slide: 3 });
    for (const hostile of ['true', 'yes', '2', '', '1%00', '<script>', '１', ' 1']) {
      expect(parseAppUrl(`?present=1&speaker=${encodeURIComponent(hostile)}`).speaker).toBe(false);
    }
    expect(parseAppUrl('?speaker=1').speaker).toBe(false);
    expect(parseAppUrl('?present=0&speaker=1')).toEqual(HOME);
  });

  it('caps a huge search and a huge id', () => {
    expect(parseAppUrl(`?q=${'a'.repeat(10_000)}`).ledger.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseAppUrl(`?zone=${'z'.repeat(10_000)}`).zone!.length).toBeLessThanOrEqual(100);
  });
});

describe('the ledger across documents: doc and period', () => {
  it('reads a document id and any year’s period', () => {
    expect(parseAppUrl('?view=figures&doc=WZ-SB-2024&period=2021-actual&sort=document').ledger).toMatchObject({
      doc: 'WZ-SB-2024',
      period: '2021-actual',
      sort: 'document',
    });
    // Ids are upper-case; a lower-case id is the same document.
    expect(parseAppUrl('?doc=wz-gwr-2025').ledger.doc).toBe('WZ-GWR-2025');
    expect(parseAppUrl('?period=2025-target').ledger.period).toBe('2025-target');
    // Well-formed but unknown ids are kept as written: the ledger checks them against the registry, and ignores them with a notice.
    expect(parseAppUrl('?doc=constructor').ledger.doc).toBe('CONSTRUCTOR');
  });

  it.each([
    '<script>alert(1)</script>',
    'WZ GWR 2025',
    'WZ--GWR',
    '-WZ',
    'WZ-',
    '../../etc/passwd',
    'WZ-GWR-2025"onmouseover=alert(1)',
    '%00',
    '__proto__',
    'ＷＺ-ＧＷＲ',
    'A'.repeat(41),
    '',
  ])('ignores a hostile document id: %s', (doc) => {
    expect(parseAppUrl(`?view=figures&doc=${encodeURIComponent(doc)}`).ledger.doc).toBeNull();
  });

  it.each([
    '2024',
    '2024-Actual',
    '2024-actual ',
    '1899-actual',
    '2100-target',
    '20245-target',
    '2024-derived',
    '-2024-actual',
    '2024-target<b>',
  ])('ignores a hostile period: %s', (period) => expect(parseAppUrl(`?period=${encodeURIComponent(period)}`).ledger.period).toBeNull());

  it('writes doc after the other filters, and leaves it out when every document is shown', () => {
    expect(serializeAppUrl({ ...HOME, view: 'figures', ledger: { ...HOME.ledger, period: '2024-actual', doc: 'WZ-SB-2024' } })).toBe(
      './figures/?period=2024-actual&doc=WZ-SB-2024',
    );
    expect(serializeAppUrl({ ...HOME, view: 'figures', ledger: { ...HOME.ledger, doc: null } })).toBe('./figures/');
    expect(hrefFor({ lang: null, depth: 0 }, 'en', { view: 'figures', ledger: { doc: 'WZ-GWR-2025' } })).toBe(
      './en/figures/?doc=WZ-GWR-2025',
    );
  });
});

describe('parseAppUrl with a path', () => {
  it('reads the view, zone and English from the path below the root', () => {
    expect(parseAppUrl('', 'en/')).toEqual({ ...HOME, lang: 'en', depth: 1 });
    expect(parseAppUrl('', 'clusters/')).toEqual({ ...HOME, view: 'clusters', depth: 1 });
    expect(parseAppUrl('?q=PM2.5', 'en/figures/')).toEqual({
      ...HOME,
      view: 'figures',
      lang: 'en',
      depth: 2,
      ledger: { ...HOME.ledger, q: 'PM2.5' },
    });
    expect(parseAppUrl('', 'en/zones/new-city/')).toEqual({ ...HOME, view: 'zones', zone: 'new-city', lang: 'en', depth: 3 });
    expect(parseAppUrl('', 'zones/index.html')).toEqual({ ...HOME, view: 'zones', depth: 1 });
  });

  it('lets the old query parameters win over the path', () => {
    expect(parseAppUrl('?view=report&lang=zh', 'en/clusters/')).toMatchObject({ view: 'report', lang: 'zh', depth: 2 });
    expect(parseAppUrl('?fig=pm25@2023', 'en/')).toMatchObject({ view: 'figure', lang: 'en', fig: 'pm25@2023' });
    expect(parseAppUrl('?fig=pm25@2023', 'report/')).toMatchObject({ view: 'report', fig: 'pm25@2023' });
  });

  it("names nothing for a path that is not one of the app's", () => {
    for (const route of ['overview/', 'figure/', 'fr/', 'clusters/x/', 'en/en/', 'zones/../', 'zones/A/']) {
      expect(parseAppUrl('', route)).toMatchObject({ view: 'overview', lang: null, zone: null });
    }
  });
});

describe('serializeAppUrl', () => {
  it('writes the canonical address, defaults left out', () => {
    expect(serializeAppUrl(HOME)).toBe('./');
    expect(serializeAppUrl({ ...HOME, lang: 'en' })).toBe('./en/');
    expect(serializeAppUrl({ ...HOME, view: 'zones', zone: 'new-city' })).toBe('./zones/new-city/');
    expect(serializeAppUrl({ ...HOME, view: 'report', fig: 'gdp@2023', lang: 'en' })).toBe('./en/report/?fig=gdp%402023');
    expect(serializeAppUrl({ ...HOME, view: 'figure', fig: 'gdp@2023', lang: 'en' })).toBe('./en/?fig=gdp%402023');
    expect(serializeAppUrl({ ...HOME, view: 'clusters', lang: 'zh' })).toBe('./clusters/?lang=zh');
    // A hostile zone id never becomes a path.
    expect(serializeAppUrl({ ...HOME, view: 'zones', zone: '../x' })).toBe('./zones/?zone=..%2Fx');
    // A slide number means nothing outside presenter mode.
    expect(serializeAppUrl({ ...HOME, slide: 3 })).toBe('./');
    expect(serializeAppUrl({ ...HOME, speaker: true })).toBe('./');
    expect(serializeAppUrl({ ...HOME, present: true, speaker: true, slide: 2, lang: 'en' })).toBe('./en/?present=1&slide=2&speaker=1');
  });

  it.each([
    ['figures/', '?q=PM2.5&section=plan-ecology&sort=value&dir=desc'],
    ['en/figures/', '?q=PM2.5'],
    ['clusters/', '?present=1&slide=4'],
    ['en/clusters/', '?present=1&slide=4&speaker=1'],
    ['figures/', '?q=GDP&period=2024-actual&doc=WZ-SB-2024&sort=document&dir=desc'],
    ['zones/resort/', '?lang=zh'],
    ['report/', '?fig=pm25%402023'],
    ['en/', '?fig=pm25%402023'],
  ])('reads back what it wrote: %s%s', (route, search) => expect(serializeAppUrl(parseAppUrl(search, route))).toBe(`./${route}${search}`));

  it.each([
    ['?view=clusters&lang=en', './en/clusters/'],
    ['?view=zones&zone=new-city', './zones/new-city/'],
    ['?view=figures&q=PM2.5', './figures/?q=PM2.5'],
    ['?present=1&slide=3', './?present=1&slide=3'],
    ['?view=zones&zone=resort&lang=en', './en/zones/resort/'],
  ])('gives an old address its path: %s', (search, canonical) => expect(serializeAppUrl(parseAppUrl(search))).toBe(canonical));
});

describe('hrefFor', () => {
  it('keeps the language the address asked for, or English when the page is English', () => {
    expect(hrefFor({ lang: null, depth: 0 }, 'zh', { view: 'clusters' })).toBe('./clusters/');
    expect(hrefFor({ lang: null, depth: 0 }, 'en', { view: 'clusters' })).toBe('./en/clusters/');
    expect(hrefFor({ lang: 'zh', depth: 0 }, 'zh', { view: 'overview' })).toBe('./?lang=zh');
    expect(hrefFor({ lang: null, depth: 0 }, 'zh', { view: 'overview' })).toBe('./');
  });

  it('is relative to the page, however deep', () => {
    expect(hrefFor({ lang: 'en', depth: 3 }, 'en', { view: 'overview' })).toBe('../../../en/');
    expect(hrefFor({ lang: null, depth: 1 }, 'zh', { view: 'zones', zone: 'etdz' })).toBe('../zones/etdz/');
    expect(hrefFor({ lang: null, depth: 1 }, 'zh', { view: 'overview' })).toBe('../');
  });

  it('links to a figure in the ledger and its passage in the report', () => {
    expect(hrefFor({ lang: null, depth: 0 }, 'zh', { view: 'figures', fig: 'pm25@2023' })).toBe('./figures/?fig=pm25%402023');
    expect(hrefFor({ lang: null, depth: 2 }, 'en', { view: 'report', fig: 'gdp@2023' })).toBe('../../en/report/?fig=gdp%402023');
  });
});

describe('firstViewOf', () => {
  const routes = [
    '',
    'clusters/',
    'zones/',
    'zones/new-city/',
    'figures/',
    'report/',
    'en/',
    'en/clusters/',
    'en/zones/',
    'en/zones/new-city/',
    'en/figures/',
    'en/report/',
  ];
  const run = (pathname: string, search: string, stored: string | null, page: string) =>
    firstViewOf(pathname, search, '#x', stored, page, routes, VIEWS, STATE_PARAMS);

  it('sends old addresses, printed QR codes included, to their page, from any subpath', () => {
    expect(run('/sub/', '?view=clusters&lang=en', null, '')).toEqual({ go: '/sub/en/clusters/#x', first: 'none' });
    expect(run('/sub/index.html', '?view=zones&zone=new-city', null, '')).toEqual({ go: '/sub/zones/new-city/#x', first: 'none' });
    expect(run('/', '?view=figures&q=PM2.5', null, '')).toEqual({ go: '/figures/?q=PM2.5#x', first: 'none' });
    expect(run('/', '?lang=en', null, '')).toEqual({ go: '/en/#x', first: 'none' });
    expect(run('/a/b/clusters/', '?lang=zh', 'en', 'clusters/')).toEqual({ go: null, first: 'zh' });
    expect(run('/a/en/clusters/', '?lang=zh', null, 'en/clusters/')).toEqual({ go: '/a/clusters/?lang=zh#x', first: 'none' });
  });

  it('sends a reader who chose English to the English page', () => {
    expect(run('/', '', 'en', '')).toEqual({ go: '/en/#x', first: 'none' });
    expect(run('/zones/new-city/', '', 'en', 'zones/new-city/')).toEqual({ go: '/en/zones/new-city/#x', first: 'none' });
  });

  it('paints the page where the address is its own, its header only where the query changes the view', () => {
    expect(run('/', '', null, '')).toEqual({ go: null, first: 'zh' });
    expect(run('/en/zones/new-city/', '', null, 'en/zones/new-city/')).toEqual({ go: null, first: 'en' });
    expect(run('/en/figures/', '?q=PM2.5', 'zh', 'en/figures/')).toEqual({ go: null, first: 'main' });
    expect(run('/report/', '?fig=pm25@2023', null, 'report/')).toEqual({ go: null, first: 'main' });
    expect(run('/clusters/', '?utm_source=x', null, 'clusters/')).toEqual({ go: null, first: 'zh' });
  });

  it("paints nothing for a figure's page, presenter mode, or an address no page was rendered for", () => {
    expect(run('/', '?fig=pm25@2023', null, '')).toEqual({ go: null, first: 'none' });
    expect(run('/', '?present=1&slide=3', null, '')).toEqual({ go: null, first: 'none' });
    expect(run('/', '?view=zones&zone=nowhere', null, '')).toEqual({ go: null, first: 'none' });
    expect(run('/elsewhere/', '', null, 'clusters/')).toEqual({ go: null, first: 'none' });
  });

  const searches = [
    '',
    '?lang=en',
    '?lang=zh',
    '?lang=fr',
    '?view=clusters',
    '?view=Overview',
    '?view=zones&zone=new-city',
    '?view=zones&zone=x',
    '?fig=pm25@2023',
    '?present=1',
    '?q=x',
    '?view=report&fig=a',
    '?view=figures&doc=WZ-SB-2024',
    '?doc=WZ-GWR-2025',
  ];
  it('counts every ledger filter as state a prerendered page does not show', () => {
    // A page opened with one of these renders its view rather than hydrating a page that shows something else.
    expect(Object.keys(HOME.ledger).filter((key) => !(STATE_PARAMS as readonly string[]).includes(key))).toEqual([]);
  });

  it.each(routes.flatMap((page) => searches.flatMap((search) => [null, 'en', 'zh'].map((stored) => [page, search, stored] as const))))(
    'agrees with the app on page %s for %s (stored: %s)',
    (page, search, stored) => {
      const { go, first } = run(`/root/${page}`, search, stored, page);
      const params = new URLSearchParams(search);
      // A zone the page's own path names changes nothing.
      const stateful = STATE_PARAMS.some((name) => !!params.get(name) && !(name === 'zone' && page.endsWith(`/${params.get(name)}/`)));
      const url = parseAppUrl(search, page);
      const lang = url.lang ?? (stored === 'en' ? 'en' : 'zh');
      const target = routeOf({ ...url, lang: lang === 'en' ? 'en' : null });
      if (go !== null) {
        // It goes to the page of what the address asks for, and that page, as the app reads it, asks for the same.
        expect(routes).toContain(target);
        const [path = '', query = ''] = go.replace('#x', '').split('?');
        const there = parseAppUrl(query ? `?${query}` : '', path.slice('/root/'.length));
        // (A zone the old page's path named means nothing to another view, and is left behind.)
        const zone = url.view === 'zones' ? url.zone : null;
        expect({ ...there, depth: 0, lang: there.lang ?? 'zh', zone: url.view === 'zones' ? there.zone : null }).toEqual({
          ...url,
          depth: 0,
          lang,
          zone,
        });
        expect(run(path, query ? `?${query}` : '', stored, path.slice('/root/'.length)).go).toBeNull();
      } else if (first === 'zh' || first === 'en') {
        expect(target).toBe(page);
        expect(first).toBe(lang);
        expect(url.present || stateful).toBe(false);
      } else if (first === 'main') {
        expect(target).toBe(page);
        expect(stateful).toBe(true);
      } else {
        expect(url.present || url.view === 'figure' || target !== page).toBe(true);
      }
    },
  );

  it('stands alone, so the build can inline it', () => {
    const inlined = new Function(`return (${firstViewOf.toString()})`)() as typeof firstViewOf;
    expect(inlined('/en/', '', '', null, 'en/', routes, VIEWS, STATE_PARAMS)).toEqual({ go: null, first: 'en' });
  });
});
