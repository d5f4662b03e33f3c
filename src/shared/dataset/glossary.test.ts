import { describe, expect, it } from 'vitest';
import zhLocale from '../i18n/locales/zh.json';
import enLocale from '../i18n/locales/en.json';
import { dataset } from './datasetFile.testutil';
import { figureText, formatFigure, formatGrowth } from '../format/formatValue';
import { NOTE_CODES, QUALIFIERS } from './codes';
import { SECTION_KEYS } from './labels';
import { formOccurs, termsIn, termsInName, type GlossaryLang } from './glossaryMatch';

/**
 * The glossary explains the official terms the dashboard shows. Each term is
 * found in the labels by its match forms, so every form must really occur in
 * what the dashboard shows, and every official term on the overview, the
 * clusters view, the ledger's section names, the notes and the qualifiers must
 * be covered by some term.
 */

type Lang = GlossaryLang;

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(leaves);
}

const lookup = (locale: unknown, key: string): string => {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], locale);
  if (typeof found !== 'string') throw new Error(`no locale string ${key}`);
  return found;
};

/** Everything the dashboard shows in one language: dataset labels, interface strings, figures as written. */
function shown(lang: Lang): string[] {
  const values = dataset.indicators.flatMap((i) => i.values);
  return [
    ...dataset.indicators.map((i) => i.name[lang]),
    ...dataset.zones.flatMap((z) => [z.name[lang], z.shortName[lang], z.description[lang], ...z.statements.map((s) => s.text[lang])]),
    ...leaves(lang === 'zh' ? zhLocale : enLocale),
    ...values.flatMap((v) => [
      ...(v.value === null ? [] : [figureText(formatFigure({ value: v.value, unit: v.unit, qualifier: v.qualifier }, lang))]),
      ...(v.growthPct === undefined ? [] : [formatGrowth({ growthPct: v.growthPct, growthQualifier: v.growthQualifier }, lang).text]),
    ]),
  ];
}

const glossary = dataset.glossary;
const covered = (text: string, lang: Lang) => termsIn(glossary, text, lang).length > 0;

describe('the glossary', () => {
  it('has unique ids and match forms', () => {
    const ids = glossary.map((t) => t.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const lang of ['zh', 'en'] as const) {
      const forms = glossary.flatMap((t) => t.match[lang].map((f) => f.toLowerCase()));
      expect(
        forms.filter((f, i) => forms.indexOf(f) !== i),
        lang,
      ).toEqual([]);
    }
  });

  it('finds every match form in what the dashboard shows, in its language', () => {
    expect(formOccurs('mu', 'museum', 'en')).toBe(false);
    expect(formOccurs('over', 'recovered to', 'en')).toBe(false);
    expect(formOccurs('+', '3,300+', 'en')).toBe(true);
    const missing: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      const texts = shown(lang);
      for (const term of glossary) {
        for (const form of term.match[lang])
          if (!texts.some((text) => formOccurs(form, text, lang))) missing.push(`${term.id} (${lang}): ${form}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('marks a qualifier where a value carries it, never inside a name', () => {
    // 签约 (signed) holds 约 and 亿元以上项目 holds 以上; neither is a qualifier of the figure.
    expect(termsIn(glossary, '新签约亿元以上项目', 'zh').map((t) => t.id)).toEqual(['qualifier-or-more', 'qualifier-approx']);
    expect(termsInName(glossary, '新签约亿元以上项目', 'zh').map((t) => t.id)).toEqual([]);
    expect(termsInName(glossary, '规上工业总产值', 'zh').map((t) => t.id)).toContain('above-designated-size');
  });

  it('covers the required official terms, notes and qualifiers', () => {
    const required = [
      '规上工业',
      '同口径',
      '预计数',
      '累计',
      '一般公共预算收入',
      '实际使用外资',
      '高新技术企业',
      '人次',
      '亩',
      '地区生产总值',
      '社会消费品零售总额',
      '进出口总额',
      '建筑业总产值',
      '服务业增加值',
      '333+N',
      '战略性新兴产业',
      '专精特新',
      '三区一城',
      '四个一号',
      ...QUALIFIERS,
    ];
    const forms = new Set(glossary.flatMap((t) => t.match.zh));
    expect(required.filter((word) => !forms.has(word))).toEqual([]);
  });

  it('explains every note and qualifier as the page writes it, in both languages', () => {
    const labels: [string, Lang][] = [
      ...NOTE_CODES.flatMap((note) => [
        [lookup(zhLocale, `notes.${note}`), 'zh'] as [string, Lang],
        [lookup(enLocale, `notes.${note}`), 'en'] as [string, Lang],
      ]),
      ...QUALIFIERS.flatMap((q) => [
        [figureText(formatFigure({ value: 7, unit: '个', qualifier: q }, 'zh')), 'zh'] as [string, Lang],
        [figureText(formatFigure({ value: 7, unit: '个', qualifier: q }, 'en')), 'en'] as [string, Lang],
      ]),
    ];
    expect(labels.filter(([text, lang]) => !covered(text, lang))).toEqual([]);
  });

  it("covers the official terms in the ledger's section names", () => {
    const sections = Object.values(SECTION_KEYS).map((key) => lookup(zhLocale, key));
    const termsInSections = glossary.filter((t) => sections.some((s) => t.match.zh.some((f) => s.includes(f)))).map((t) => t.id);
    expect(termsInSections.sort()).toEqual(['expected-target', 'livelihoods', 'urban-rural-integration']);
    for (const id of termsInSections) {
      const term = glossary.find((t) => t.id === id);
      const enSections = Object.values(SECTION_KEYS).map((key) => lookup(enLocale, key));
      expect(
        term?.match.en.some((f) => enSections.some((s) => formOccurs(f, s, 'en'))),
        id,
      ).toBe(true);
    }
  });

  it('gives the official threshold of "above designated size" and names a source for every term', () => {
    const above = glossary.find((t) => t.id === 'above-designated-size');
    expect(above?.definition?.zh).toContain('2000万元');
    expect(above?.definition?.en).toContain('CNY 20 million');
    for (const term of glossary) {
      expect(term.source.en, term.id).not.toMatch(/https?:|www\./);
      expect(term.plain.zh.length, term.id).toBeLessThan(140);
      expect(term.plain.en.split(/(?<=[a-z)][.!?])\s+(?=[A-Z])/).length, term.id).toBeLessThanOrEqual(3);
    }
  });
});
