import { describe, expect, it } from 'vitest';
import { DEFAULT_LEDGER, HOME, MAX_QUERY_LENGTH, parseAppUrl } from '../shared/lib/appUrl';
import { resolveLanguage } from '../shared/i18n/resolveLanguage';
import { parseZoneParam } from '../features/zones/zoneContent';
import { findSource } from '../features/report/reportSegments';
import { parseSlideNumber } from '../features/present/slides';
import { dataset } from '../shared/dataset/datasetFile.testutil';
import { reportText } from '../shared/report/reportText.testutil';

/**
 * Every parameter the app reads from its address, with empty, huge and hostile values:
 * each parser falls back to its default and never echoes the raw value. The browser
 * suite (e2e/trust.spec.ts) checks a sample of the same matrix end to end.
 */
const HOSTILE_VALUES = [
  '',
  'x'.repeat(5000),
  '<script>alert(1)</script>',
  '"\'><img src=x onerror=alert(1)>',
  '(((',
  '__proto__',
  'constructor',
  '%E0%A4%A',
];

const search = (param: string, value: string) => `?${param}=${encodeURIComponent(value)}`;

describe.each(
  HOSTILE_VALUES.map((value) => [value.length > 40 ? `${value.slice(0, 12)}… (${value.length} chars)` : JSON.stringify(value), value]),
)('the value %s', (_name, value) => {
  it('as any parameter but the free-text and id ones leaves the default state', () => {
    for (const param of ['view', 'lang', 'present', 'slide', 'section', 'theme', 'period', 'sort', 'dir']) {
      expect(parseAppUrl(search(param, value)), param).toEqual(HOME);
    }
  });

  it('as ?lang= falls back to the stored choice, then Chinese', () => {
    expect(resolveLanguage(search('lang', value), null)).toBe('zh');
    expect(resolveLanguage(search('lang', value), 'en')).toBe('en');
    expect(resolveLanguage('', value)).toBe('zh');
  });

  it('as a ledger parameter falls back to "all", in report order', () => {
    for (const param of ['section', 'theme', 'period', 'sort', 'dir'])
      expect(parseAppUrl(search(param, value)).ledger).toEqual(DEFAULT_LEDGER);
  });

  it('as ?q= is kept as plain text, capped', () => {
    expect(parseAppUrl(search('q', value)).ledger.q).toBe(value.slice(0, MAX_QUERY_LENGTH));
  });

  it('as ?zone= selects nothing', () => {
    expect(parseZoneParam(parseAppUrl(search('zone', value)).zone, dataset.zones).kind).toBe(value === '' ? 'none' : 'unknown');
  });

  it('as ?doc= chooses no document: the ledger shows every document', () => {
    const doc = parseAppUrl(search('doc', value)).ledger.doc;
    // A well-formed id (CONSTRUCTOR) is kept for the ledger to check; it is not in the registry.
    expect(doc === null || !dataset.documents.some((d) => d.id === doc), String(doc)).toBe(true);
    expect(doc === null || /^[A-Z0-9-]{1,40}$/.test(doc)).toBe(true);
  });

  it('as ?fig= highlights nothing', () => expect(findSource(dataset, reportText, parseAppUrl(search('fig', value)).fig)).toBeNull());

  it('as ?slide= lands on the first slide', () => {
    expect(parseAppUrl(`?present=1&${search('slide', value).slice(1)}`).slide).toBeNull();
    expect(parseSlideNumber(value, 13)).toBe(1);
  });
});
