import type { Basis, CitedNoteCode, CitedQualifier, CitedValue } from './schema';

/**
 * The reference the cited values were taken from: data/sources/later-documents/
 * figures.tsv, one figure a row. Every cited value names its row, and must say
 * what the row says: value, unit, qualifier, growth, year, kind and document.
 * Used by the data tests and, at run time, by the dataset check.
 */

export interface ReferenceRow {
  /** 1 = the first figure (the line after the header). */
  row: number;
  doc: string;
  year: number;
  kind: string;
  indicatorZh: string;
  value: string;
  unit: string;
  qualifier: string;
  growth: string;
  location: string;
}

const HEADER = 'doc_id\tperiod_year\tkind\tindicator_zh\tvalue\tunit\tqualifier\tgrowth_pct\tlocation';

export function parseReference(tsv: string): ReferenceRow[] {
  const lines = tsv.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines[0] !== HEADER) throw new Error(`figures.tsv: unexpected header: ${lines[0] ?? '(empty)'}`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== 9) throw new Error(`figures.tsv row ${i + 1}: ${cells.length} columns, expected 9`);
    const [doc, year, kind, indicatorZh, value, unit, qualifier, growth, location] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    return { row: i + 1, doc, year: Number(year), kind, indicatorZh, value, unit, qualifier, growth, location };
  });
}

/** What one word of the qualifier column says about the value. */
type Reading =
  | { note: CitedNoteCode }
  | { qualifier: CitedQualifier }
  | { growthQualifier: CitedQualifier; growth: string }
  | { basis: Basis }
  | { aim: string }
  | { remark: string };

const WORDS: Record<string, Reading> = {
  预计数: { note: 'preliminary' },
  预计: { note: 'preliminary' },
  左右: { qualifier: '左右' },
  以上: { qualifier: '以上' },
  超: { qualifier: '超' },
  近: { qualifier: '近' },
  同口径增长: { note: 'comparableBasis' },
  增速未给出: { note: 'noGrowthStated' },
  初步核算: { note: 'preliminaryAccounting' },
  按可比价格计算: { note: 'comparablePrices' },
  按常住人口计算: { note: 'perResident' },
  年末: { note: 'yearEnd' },
  截至2023年底: { note: 'yearEnd' },
  较年初增长: { note: 'sinceStartOfYear' },
  规上产值口径: { basis: 'above-designated-size-output' },
  五经普修订前: { basis: 'before-fifth-census' },
  '引《苏州统计年鉴2024》': { note: 'citesYearbook' },
  报告年份据内容推断: { note: 'yearInferred' },
  区工信局干部口述: { note: 'officialQuoted' },
};

export function readWord(word: string): Reading {
  const known = WORDS[word];
  if (known) return known;
  const growth = /^增长(?<rate>\d+(?:\.\d+)?)%(?<qualifier>以上|左右)$/.exec(word)?.groups;
  if (growth?.rate && growth.qualifier) return { growthQualifier: growth.qualifier as CitedQualifier, growth: growth.rate };
  if (word.endsWith('疑有误')) return { note: 'suspectedSourceError' };
  const aim = /^(?<aim>.+)\(定性\)$/.exec(word)?.groups?.aim;
  if (aim) return { aim };
  return { remark: word };
}

/** The number as the document prints it: 2005.70 keeps its trailing zero. */
export function printedAsDocument(value: Pick<CitedValue, 'value' | 'decimals' | 'ratio'>): string {
  if (value.ratio) return value.ratio.map(String).join(':');
  if (value.value === null) return '';
  return value.decimals === undefined ? String(value.value) : value.value.toFixed(value.decimals);
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Every way a cited value differs from its row; empty when it says what the row says. */
export function differencesFromRow(value: CitedValue, row: ReferenceRow): string[] {
  const out: string[] = [];
  const differ = (field: string, stored: unknown, printed: unknown) =>
    out.push(`${field} is ${JSON.stringify(stored)}, the row says ${JSON.stringify(printed)}`);
  if (value.doc !== row.doc) differ('doc', value.doc, row.doc);
  if (value.year !== row.year) differ('year', value.year, row.year);
  if (value.kind !== row.kind) differ('kind', value.kind, row.kind);
  const printed = printedAsDocument(value);
  if (printed !== row.value) differ('value', printed, row.value);
  if (row.unit !== '' && value.unit !== row.unit) differ('unit', value.unit, row.unit);
  const growth = value.growthPct === undefined ? '' : String(value.growthPct);
  if (growth !== row.growth) differ('growthPct', growth, row.growth);

  const words = row.qualifier === '' ? [] : row.qualifier.split(/;\s*/);
  const readings = words.map(readWord);
  const notes = readings.flatMap((r) => ('note' in r ? [r.note] : []));
  if (!sameSet(value.notes ?? [], notes)) differ('notes', value.notes ?? [], notes);
  // A qualifier qualifies the printed value; where the row prints only a growth rate, it qualifies the rate.
  const onValue = row.value !== '';
  const qualifiers = readings.flatMap((r) => ('qualifier' in r ? [r.qualifier] : []));
  const expectedQualifier = onValue ? qualifiers[0] : undefined;
  const expectedGrowthQualifier = onValue ? readings.flatMap((r) => ('growthQualifier' in r ? [r.growthQualifier] : []))[0] : qualifiers[0];
  if (value.qualifier !== expectedQualifier) differ('qualifier', value.qualifier, expectedQualifier);
  if (value.growthQualifier !== expectedGrowthQualifier) differ('growthQualifier', value.growthQualifier, expectedGrowthQualifier);
  for (const r of readings) {
    if ('growth' in r && r.growth !== row.growth) differ('growth in the qualifier column', r.growth, row.growth);
    if ('basis' in r && value.basis !== r.basis) differ('basis', value.basis, r.basis);
  }
  const aim = readings.flatMap((r) => ('aim' in r ? [r.aim] : []))[0];
  if (value.aim?.zh !== aim) differ('aim', value.aim?.zh, aim);
  const remark = readings.flatMap((r) => ('remark' in r ? [r.remark] : [])).join('; ') || undefined;
  if (value.remark?.zh !== remark) differ('remark', value.remark?.zh, remark);
  if (value.location.zh !== row.location) differ('location', value.location.zh, row.location);
  return out;
}
