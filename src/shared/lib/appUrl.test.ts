import { describe, expect, it } from 'vitest';
import { firstViewOf, HOME, hrefFor, MAX_QUERY_LENGTH, parseAppUrl, serializeAppUrl, VIEWS } from './appUrl';
import { resolveLanguage } from '../i18n/resolveLanguage';

describe('parseAppUrl', () => {
  it('reads every parameter the app uses', () => {
    expect(parseAppUrl('?view=figures&q=PM2.5&section=plan-ecology&theme=ecology&period=2024-target&sort=value&dir=desc&fig=pm25@2023&lang=en')).toEqual({
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
    expect(parseAppUrl('?view=figures&doc=WZ-SB-2024&period=2021-actual&sort=document').ledger).toMatchObject({ doc: 'WZ-SB-2024', period: '2021-actual', sort: 'document' });
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

  it.each(['2024', '2024-Actual', '2024-actual ', '1899-actual', '2100-target', '20245-target', '2024-derived', '-2024-actual', '2024-target<b>'])(
    'ignores a hostile period: %s',
    (period) => expect(parseAppUrl(`?period=${encodeURIComponent(period)}`).ledger.period).toBeNull(),
  );

  it('writes doc after the other filters, and leaves it out when every document is shown', () => {
    expect(serializeAppUrl({ ...HOME, view: 'figures', ledger: { ...HOME.ledger, period: '2024-actual', doc: 'WZ-SB-2024' } })).toBe('?view=figures&period=2024-actual&doc=WZ-SB-2024');
    expect(serializeAppUrl({ ...HOME, view: 'figures', ledger: { ...HOME.ledger, doc: null } })).toBe('?view=figures');
    expect(hrefFor({ lang: null }, 'en', { view: 'figures', ledger: { doc: 'WZ-GWR-2025' } })).toBe('?view=figures&doc=WZ-GWR-2025&lang=en');
  });
});

describe('serializeAppUrl', () => {
  it('writes the canonical address, defaults left out', () => {
    expect(serializeAppUrl(HOME)).toBe('./');
    expect(serializeAppUrl({ ...HOME, view: 'zones', zone: 'new-city' })).toBe('?view=zones&zone=new-city');
    expect(serializeAppUrl({ ...HOME, view: 'report', fig: 'gdp@2023', lang: 'en' })).toBe('?view=report&fig=gdp%402023&lang=en');
    // A slide number means nothing outside presenter mode.
    expect(serializeAppUrl({ ...HOME, slide: 3 })).toBe('./');
    expect(serializeAppUrl({ ...HOME, speaker: true })).toBe('./');
    expect(serializeAppUrl({ ...HOME, present: true, speaker: true, slide: 2, lang: 'en' })).toBe('?present=1&slide=2&speaker=1&lang=en');
  });

  it.each([
    '?view=figures&q=PM2.5&section=plan-ecology&sort=value&dir=desc&lang=en',
    '?view=figures&q=GDP&period=2024-actual&doc=WZ-SB-2024&sort=document&dir=desc',
    '?view=clusters&present=1&slide=4',
    '?view=clusters&present=1&slide=4&speaker=1&lang=en',
    '?view=zones&zone=resort&lang=zh',
    '?view=report&fig=pm25%402023',
  ])('reads back what it wrote: %s', (search) => expect(serializeAppUrl(parseAppUrl(search))).toBe(search));
});

describe('hrefFor', () => {
  it('keeps the language the address asked for, or English when the page is English', () => {
    expect(hrefFor({ lang: null }, 'zh', { view: 'clusters' })).toBe('?view=clusters');
    expect(hrefFor({ lang: null }, 'en', { view: 'clusters' })).toBe('?view=clusters&lang=en');
    expect(hrefFor({ lang: 'zh' }, 'zh', { view: 'overview' })).toBe('?lang=zh');
    expect(hrefFor({ lang: null }, 'zh', { view: 'overview' })).toBe('./');
  });

  it('links to a figure in the ledger and its passage in the report', () => {
    expect(hrefFor({ lang: null }, 'zh', { view: 'figures', fig: 'pm25@2023' })).toBe('?view=figures&fig=pm25%402023');
    expect(hrefFor({ lang: null }, 'en', { view: 'report', fig: 'gdp@2023' })).toBe('?view=report&fig=gdp%402023&lang=en');
  });
});

describe('firstViewOf', () => {
  const searches = ['', '?lang=en', '?lang=zh', '?lang=fr', '?view=clusters', '?view=Overview', '?view=overview&lang=en', '?fig=pm25@2023', '?fig=', '?present=1', '?present=1&lang=en', '?view=zones&zone=x', '?q=x'];
  it.each(searches.flatMap((search) => [null, 'en', 'zh', 'xx'].map((stored) => [search, stored] as const)))(
    'agrees with the app for %s (stored: %s)',
    (search, stored) => {
      const url = parseAppUrl(search);
      const lang = resolveLanguage(search, stored);
      expect(firstViewOf(search, stored, VIEWS)).toBe(url.present || url.view !== 'overview' ? 'none' : lang);
    },
  );

  it('stands alone, so the build can inline it', () => {
    const inlined = new Function(`return (${firstViewOf.toString()})`)() as typeof firstViewOf;
    expect(inlined('?lang=en', null, VIEWS)).toBe('en');
  });
});
