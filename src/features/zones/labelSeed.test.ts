import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import type { Lang } from '../../shared/i18n/lang';
import zh from '../../shared/i18n/locales/zh.json';
import en from '../../shared/i18n/locales/en.json';
import type * as LabelPlacement from './labelPlacement';
import type { MapTexts } from './mapLayout';

// A prerendered zones page carries the labels as the build placed them (labelPlacements), and
// hydration reuses them (seedLabelPlacements) instead of searching again: each test loads the
// module afresh, as a page does, and counts the searches.

const LOCALES = { zh, en } as const;
const textsFor = (lang: Lang): MapTexts => ({
  lang,
  zones: Object.fromEntries(dataset.zones.map((zone) => [zone.id, zone.shortName[lang]])),
  places: LOCALES[lang].zones.places,
  note: LOCALES[lang].zones.schematic,
  scale: LOCALES[lang].zones.scale.replace('{{km}}', '10'),
  north: LOCALES[lang].zones.north,
});

/** mapLayout as a new page loads it, with placeLabels counted. */
async function freshModule() {
  vi.resetModules();
  const searches = { count: 0 };
  vi.doMock('./labelPlacement', async (importOriginal) => {
    const actual = await importOriginal<typeof LabelPlacement>();
    return {
      ...actual,
      placeLabels: (...args: Parameters<typeof actual.placeLabels>) => {
        searches.count++;
        return actual.placeLabels(...args);
      },
    };
  });
  return { mapLayout: await import('./mapLayout'), searches };
}

afterEach(() => {
  vi.doUnmock('./labelPlacement');
});

describe('label placements made at build time', () => {
  it('are reused, through the page’s JSON, for the same texts: the same layout with no search', async () => {
    const build = await freshModule();
    const built = build.mapLayout.layoutMap(textsFor('zh'));
    expect(build.searches.count).toBe(1);
    const written = JSON.stringify(build.mapLayout.labelPlacements());

    const page = await freshModule();
    expect(page.mapLayout.seedLabelPlacements(JSON.parse(written))).toBe(1);
    expect(page.mapLayout.layoutMap(textsFor('zh'))).toEqual(built);
    expect(page.searches.count).toBe(0);
  });

  it('are not used for other texts (another language, a renamed zone): the map places its labels itself', async () => {
    const build = await freshModule();
    build.mapLayout.layoutMap(textsFor('zh'));
    const written = JSON.parse(JSON.stringify(build.mapLayout.labelPlacements()));

    const page = await freshModule();
    page.mapLayout.seedLabelPlacements(written);
    const renamed = textsFor('zh');
    page.mapLayout.layoutMap({ ...renamed, zones: { ...renamed.zones, etdz: '经济技术开发区' } });
    page.mapLayout.layoutMap(textsFor('en'));
    expect(page.searches.count).toBe(2);
  });

  it('are left out when they are not a list of placed labels, and the map then places its own', async () => {
    const page = await freshModule();
    const key = JSON.stringify(textsFor('en'));
    const label = {
      id: 'north',
      lines: ['N'],
      fontSize: 18,
      weight: 'bold',
      box: { x: 1, y: 2, width: 3, height: 4 },
      reserve: 0,
      side: 'c',
      leader: null,
    };
    for (const bad of [
      null,
      'x',
      {},
      [[1, []]],
      [[key]],
      [[key, 'labels']],
      [[key, [{ ...label, box: { x: 'a' } }]]],
      [[key, [{ ...label, lines: 'N' }]]],
    ])
      expect(page.mapLayout.seedLabelPlacements(bad), JSON.stringify(bad)).toBe(0);
    expect(page.mapLayout.labelPlacements()).toEqual([]);
    page.mapLayout.layoutMap(textsFor('en'));
    expect(page.searches.count).toBe(1);
  });
});
