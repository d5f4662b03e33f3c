import type { Basis, CitedNoteCode } from './schema';

/**
 * Translation keys for the notes and bases that values of other documents carry, mapped in code
 * (never built by string concatenation) so the key types are checked.
 */
export const CITED_NOTE_KEYS = {
  preliminary: 'notes.preliminary',
  comparableBasis: 'notes.comparableBasis',
  cumulative: 'notes.cumulative',
  preliminaryAccounting: 'ledgerDocs.notes.preliminaryAccounting',
  comparablePrices: 'ledgerDocs.notes.comparablePrices',
  sinceStartOfYear: 'ledgerDocs.notes.sinceStartOfYear',
  perResident: 'ledgerDocs.notes.perResident',
  yearEnd: 'ledgerDocs.notes.yearEnd',
  noGrowthStated: 'ledgerDocs.notes.noGrowthStated',
  suspectedSourceError: 'ledgerDocs.notes.suspectedSourceError',
  yearInferred: 'ledgerDocs.notes.yearInferred',
  officialQuoted: 'ledgerDocs.notes.officialQuoted',
  citesYearbook: 'ledgerDocs.notes.citesYearbook',
} as const satisfies Record<CitedNoteCode, string>;

export const BASIS_KEYS = {
  'before-fifth-census': 'ledgerDocs.basis.before-fifth-census',
  'after-fifth-census': 'ledgerDocs.basis.after-fifth-census',
  'above-designated-size-output': 'ledgerDocs.basis.above-designated-size-output',
  'industry-size': 'ledgerDocs.basis.industry-size',
  'us-dollars': 'ledgerDocs.basis.us-dollars',
  yuan: 'ledgerDocs.basis.yuan',
} as const satisfies Record<Basis, string>;
