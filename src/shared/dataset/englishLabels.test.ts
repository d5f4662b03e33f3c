import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en.json';
import { dataset } from './datasetFile.testutil';
import { figureText, formatFigure } from '../format/formatValue';

/**
 * The English a reader sees: the dataset's English names and texts, the English
 * interface strings, and every figure as the English page writes it. Each rule
 * below names a rendering that misled or read as translated, so it cannot come back.
 */

function leaves(value: unknown, path: string): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where: path, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`));
}

/** Every English label of the dataset with its Chinese original. */
const labels: { where: string; zh: string; en: string }[] = [
  ...dataset.indicators.map((i) => ({ where: `indicator ${i.id}`, ...i.name })),
  ...dataset.zones.flatMap((z) => [
    { where: `zone ${z.id} name`, ...z.name },
    { where: `zone ${z.id} short name`, ...z.shortName },
    { where: `zone ${z.id} description`, ...z.description },
    ...z.statements.map((s) => ({ where: `statement ${s.id}`, ...s.text })),
  ]),
];

const figures = dataset.indicators.flatMap((indicator) =>
  indicator.values.flatMap((v) =>
    v.value === null
      ? []
      : [
          {
            where: `figure ${v.id}`,
            indicator,
            text: figureText(formatFigure({ value: v.value, unit: v.unit, qualifier: v.qualifier }, 'en')),
          },
        ],
  ),
);

const englishTexts = [
  ...labels.map(({ where, en: text }) => ({ where, text })),
  ...leaves(en, 'en.json'),
  ...figures.map(({ where, text }) => ({ where, text })),
];

/** Phrases that misled or read as translated, each with the reason it is wrong. */
const REJECTED: readonly [RegExp, string][] = [
  [/industry scale/i, '产业规模 is the size (or output) of an industry'],
  [/\btalents\b/i, '"talent" is not a count noun; count people, selections or programmes'],
  [/\blanded\b/i, '落地 reads "brought to", "set up in", not "landed"'],
  [/\bsettled\b/i, '落户 reads "set up in", "brought in", not "settled"'],
  [/\bRegistered\b/, '备案 is a filing, not a registration'],
  [/\b1 people\b/, 'one person'],
  [/person-times/i, '人次 counts attendances; say what is counted'],
  [/non-motor-vehicle/i, '非机动车 are bicycles and e-bikes'],
  [/\b[A-Z][a-z]+ Street\b/, '街道 as a place is a subdistrict'],
  [/Foreign capital actually used/i, '实际使用外资 is utilised foreign direct investment (FDI)'],
  [/share of industrial output/i, 'the share is of the gross output of industrial enterprises above designated size'],
  [/unlicensed/i, 'the report does not say the child-minding points are unlicensed'],
  [/with revenue of/i, '百亿级 / 五十亿级 are size classes; the report names no measure'],
];

describe('the English a reader sees', () => {
  it('covers the dataset, the interface and the figures', () => {
    expect(labels.length).toBeGreaterThan(dataset.indicators.length);
    expect(figures.length).toBeGreaterThan(200);
  });

  it.each(REJECTED.map(([pattern, reason]) => [String(pattern), pattern, reason] as const))('rejects %s', (_name, pattern, reason) => {
    const offenders = englishTexts.filter(({ text }) => pattern.test(text)).map(({ where, text }) => `${where}: ${text}`);
    expect(offenders, reason).toEqual([]);
  });

  it('renders 街道 as subdistrict, never street', () => {
    const offenders = labels.filter(
      ({ zh, en: text }) => zh.includes('街道') && (/\bstreets?\b/i.test(text) || !/subdistrict/i.test(text)),
    );
    expect(offenders.map(({ where, en: text }) => `${where}: ${text}`)).toEqual([]);
  });

  it('renders 备案 as filed, never registered', () => {
    const offenders = labels.filter(({ zh, en: text }) => zh.includes('备案') && (/regist/i.test(text) || !/\bfiled\b/i.test(text)));
    expect(offenders.map(({ where, en: text }) => `${where}: ${text}`)).toEqual([]);
  });

  it('calls 实际使用外资 utilised foreign direct investment (FDI)', () => {
    const fdi = dataset.indicators.filter((i) => i.name.zh === '实际使用外资');
    expect(fdi.map((i) => i.name.en)).toEqual(['Utilised foreign direct investment (FDI)']);
  });

  it('calls the 规上工业产值 share a share of the gross output of industrial enterprises above designated size', () => {
    const shares = [
      ...labels.filter(({ zh }) => zh.includes('占规上工业产值比重')).map(({ en: text }) => text),
      en.clusters.highTechShare,
      en.clusters.highTechShareLabel,
    ];
    expect(shares.length).toBeGreaterThanOrEqual(4);
    for (const text of shares) expect(text).toMatch(/share of the gross output of industrial enterprises above designated size/i);
  });

  it('counts 个体经营户 as individual businesses, not households', () => {
    const census = figures.filter(({ indicator }) => indicator.name.zh.includes('个体经营户'));
    expect(census.length).toBe(1);
    for (const { indicator, text } of census) {
      expect(indicator.name.en).toMatch(/individual businesses/i);
      expect(text).not.toMatch(/household/i);
    }
  });

  it('writes 人次 as attendances only where the report counts training', () => {
    const perTime = dataset.indicators.filter((i) => i.values.some((v) => v.unit === '万人次'));
    expect(perTime.length).toBeGreaterThan(0);
    for (const indicator of perTime) expect(indicator.name.zh, indicator.id).toMatch(/培训/);
    expect(figures.filter(({ indicator }) => perTime.includes(indicator)).every(({ text }) => text.endsWith(' attendances'))).toBe(true);
  });

  it('gives hectares beside every area in mu', () => {
    const mu = figures.filter(({ text }) => /\bmu\b/.test(text));
    expect(mu.length).toBeGreaterThan(10);
    expect(mu.filter(({ text }) => !/\bha\b/.test(text)).map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  it('does not call a size class a revenue, nor add words the report does not say', () => {
    for (const zh of ['百亿级企业', '五十亿级企业']) {
      const indicator = dataset.indicators.find((i) => i.name.zh === zh);
      expect(indicator?.name.en, zh).toMatch(/class/);
      expect(indicator?.name.en, zh).not.toMatch(/revenue/i);
    }
  });
});
