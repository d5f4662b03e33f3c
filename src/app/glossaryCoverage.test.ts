import { describe, expect, it } from 'vitest';
import zhLocale from '../shared/i18n/locales/zh.json';
import { dataset } from '../shared/dataset/datasetFile.testutil';
import { termsIn } from '../shared/dataset/glossaryMatch';
import { HEADLINE_IDS, TARGET_ORDER } from '../features/overview/overviewModel';
import { CLUSTER_IDS, HIGH_TECH_OUTPUT_ID, HIGH_TECH_SHARE_ID, NEW_CITY_DIGITAL_ID } from '../features/clusters/clusterSeries';

/**
 * The glossary against the views: every indicator the overview (tiles, targets
 * table) and the clusters view show uses an official term the glossary explains.
 * It sits in the app layer because it reads the views' own id lists.
 */
describe('glossary coverage of the overview and the clusters view', () => {
  it('explains an official term in every indicator shown there, in both languages', () => {
    const ids = [
      ...new Set([...HEADLINE_IDS, ...TARGET_ORDER, ...CLUSTER_IDS, HIGH_TECH_OUTPUT_ID, HIGH_TECH_SHARE_ID, NEW_CITY_DIGITAL_ID]),
    ];
    const names = ids.map((id) => {
      const indicator = dataset.indicators.find((i) => i.id === id);
      if (!indicator) throw new Error(`no indicator ${id}`);
      return indicator.name;
    });
    expect(names.length).toBe(18);
    const uncovered = names.flatMap((name) =>
      (['zh', 'en'] as const).filter((lang) => termsIn(dataset.glossary, name[lang], lang).length === 0).map((lang) => name[lang]),
    );
    expect(uncovered).toEqual([]);
  });

  it("explains the programme and platform names in the views' headings", () => {
    expect(termsIn(dataset.glossary, zhLocale.clusters.heading, 'zh').map((t) => t.id)).toEqual(['cluster-programme-333n']);
    expect(termsIn(dataset.glossary, zhLocale.zones.intro, 'zh').map((t) => t.id)).toEqual(['three-zones-one-city', 'four-no1-priorities']);
  });
});
