/**
 * The dataset contract. This schema is the single source of the dataset's
 * types: everything else uses `z.infer`, never a hand-written duplicate.
 *
 * A value is stored as the report prints it: 1638 with the unit 亿元, never
 * 163800000000; the conversion for an English reader happens at display time.
 */

import { z } from 'zod';
import {
  BASIS_CODES,
  CITED_NOTE_CODES,
  CITED_QUALIFIERS,
  CITED_UNIT_CODES,
  DOCUMENT_KINDS,
  NOTE_CODES,
  PRIMARY_DOCUMENT_ID,
  QUALIFIERS,
  SECTION_IDS,
  THEME_IDS,
  UNIT_CODES,
  ZONE_IDS,
} from './codes';

export const UnitCode = z.enum(UNIT_CODES);
export type UnitCode = z.infer<typeof UnitCode>;

export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

export const NoteCode = z.enum(NOTE_CODES);
export type NoteCode = z.infer<typeof NoteCode>;

export const CitedUnitCode = z.enum(CITED_UNIT_CODES);
export type CitedUnitCode = z.infer<typeof CitedUnitCode>;

export const CitedQualifier = z.enum(CITED_QUALIFIERS);
export type CitedQualifier = z.infer<typeof CitedQualifier>;

export const CitedNoteCode = z.enum(CITED_NOTE_CODES);
export type CitedNoteCode = z.infer<typeof CitedNoteCode>;

export const Basis = z.enum(BASIS_CODES);
export type Basis = z.infer<typeof Basis>;

export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** Document ids are the reference's own (WZ-GWR-2025, WZ-SB-2024), upper-case. */
export const DocumentId = z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'document ids are upper-case, like WZ-GWR-2025');
export type DocumentId = z.infer<typeof DocumentId>;

export const SectionId = z.enum(SECTION_IDS);
export type SectionId = z.infer<typeof SectionId>;

export const ThemeId = z.enum(THEME_IDS);
export type ThemeId = z.infer<typeof ThemeId>;

export const ZoneId = z.enum(ZONE_IDS);
export type ZoneId = z.infer<typeof ZoneId>;

/** Whether a rise is good news (revenue), bad news (PM2.5, fraud cases) or neither. */
export const Polarity = z.enum(['higher-is-better', 'lower-is-better', 'neutral']);
export type Polarity = z.infer<typeof Polarity>;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Labels are plain text; markup in one means the file was tampered with or mis-generated. */
const MARKUP = /<\/?[a-z!][^>]*>|&[a-z]+;|&#\d+;/i;
const plainText = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !MARKUP.test(s), { message: 'text contains HTML markup' });
const englishText = plainText.refine((s) => !CJK.test(s), { message: 'English text contains Chinese characters' });
export const Bilingual = z.object({
  zh: plainText,
  en: englishText,
});
export type Bilingual = z.infer<typeof Bilingual>;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:@[a-z0-9-]+)?$/, 'ids are lower-case kebab-case');
const quote = z.string().min(4);

/** A figure printed in the report: a 2023 actual or a 2024 target. */
export const PrintedValue = z
  .object({
    id,
    /** Always the primary document (the 2024 report): its values are quoted from its text. */
    doc: DocumentId.default(PRIMARY_DOCUMENT_ID),
    year: z.union([z.literal(2023), z.literal(2024)]),
    kind: z.enum(['actual', 'target']),
    /** As printed; null when the report states only a change ("增长40%"). */
    value: z.number().nonnegative().nullable(),
    unit: UnitCode,
    qualifier: Qualifier.optional(),
    /** Signed: 下降35.2% is -35.2. */
    growthPct: z.number().optional(),
    growthQualifier: Qualifier.optional(),
    notes: z.array(NoteCode).optional(),
    /** What the level is measured on, where the indicator's basis changes over the years. */
    basis: Basis.optional(),
    section: SectionId,
    zone: ZoneId.optional(),
    /** A verbatim passage of the report, unique in it, that holds this figure. */
    quote,
  })
  .strict()
  .refine((v) => v.value !== null || v.growthPct !== undefined, {
    message: 'a value needs a printed value or a growthPct',
    path: ['value'],
  })
  .refine((v) => v.growthQualifier === undefined || v.growthPct !== undefined, {
    message: 'growthQualifier without growthPct',
    path: ['growthQualifier'],
  });
export type PrintedValue = z.infer<typeof PrintedValue>;

/**
 * A figure from another document (an earlier or later work report, the
 * statistical bulletin, a news report). Its wording is not reproduced: it is
 * cited by document and location instead of quoted. Otherwise the contract is
 * the same: the number as printed, its unit, qualifier and stated growth.
 */
export const CitedValue = z
  .object({
    id,
    doc: DocumentId,
    /** Its row in data/sources/later-documents/figures.tsv (1 = the first figure), which it must match. */
    row: z.number().int().positive().optional(),
    year: z.number().int().min(1990).max(2100),
    kind: z.enum(['actual', 'target']),
    value: z.number().nonnegative().nullable(),
    /** Digits after the point where the document prints trailing zeros (2005.70): 2. */
    decimals: z.number().int().min(1).max(4).optional(),
    /** A ratio printed as parts (0.98:46.66:52.36), not one number. */
    ratio: z.array(z.number().nonnegative()).min(2).optional(),
    unit: CitedUnitCode,
    qualifier: CitedQualifier.optional(),
    growthPct: z.number().optional(),
    growthQualifier: CitedQualifier.optional(),
    notes: z.array(CitedNoteCode).optional(),
    basis: Basis.optional(),
    /** A qualitative aim, with no number to test (保持正增长). */
    aim: Bilingual.optional(),
    /** What the document adds that no code holds (270个项目). */
    remark: Bilingual.optional(),
    /** Where in the document it stands (a section or paragraph), so a reader with the document can find it. */
    location: Bilingual,
  })
  .strict()
  .refine((v) => v.value !== null || v.growthPct !== undefined || v.ratio !== undefined || v.aim !== undefined, {
    message: 'a value needs a printed value, a growthPct, a ratio or an aim',
    path: ['value'],
  })
  .refine((v) => v.ratio === undefined || (v.value === null && v.unit === '比例'), {
    message: 'a ratio stands instead of a value, with the unit 比例',
    path: ['ratio'],
  })
  .refine((v) => v.aim === undefined || (v.kind === 'target' && v.value === null && v.growthPct === undefined), {
    message: 'an aim is a target with no number',
    path: ['aim'],
  })
  .refine((v) => v.growthQualifier === undefined || v.growthPct !== undefined, {
    message: 'growthQualifier without growthPct',
    path: ['growthQualifier'],
  })
  .refine((v) => v.decimals === undefined || v.value !== null, { message: 'decimals without a value', path: ['decimals'] });
export type CitedValue = z.infer<typeof CitedValue>;

/** A value from any document: quoted from the 2024 report, or cited from another. */
export type AnyValue = PrintedValue | CitedValue;

/** A year (2025), a month (2022-01) or a day (2025-01-06): only as precise as the document's date is known. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => s.length < 10 || new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { message: 'not a calendar date' });

export const SourceDocument = z
  .object({
    id: DocumentId,
    kind: DocumentKind,
    title: Bilingual,
    /** A short name for a table column (2025年政府工作报告 / 2025 work report); the title where absent. */
    shortName: Bilingual.optional(),
    issuer: Bilingual,
    date: PartialDate,
    /** The date's year is inferred from the content, not printed. */
    dateInferred: z.literal(true).optional(),
    /** The official index number (索引号), where known. */
    indexNumber: z.string().min(1).optional(),
    speaker: Bilingual.optional(),
    /** How far the copy the figures were read from can be trusted. */
    reliability: Bilingual,
    /** The 2024 report, whose full text the dashboard holds. Exactly one document is primary. */
    primary: z.literal(true).optional(),
    /** The primary document's text file (the same as dataset.reportFile). */
    textFile: z.string().min(1).optional(),
  })
  .strict()
  .refine((d) => (d.textFile !== undefined) === (d.primary === true), {
    message: 'the primary document, and only it, names its text file',
    path: ['textFile'],
  });
export type SourceDocument = z.infer<typeof SourceDocument>;

export const Indicator = z
  .object({
    id,
    /** The indicator's main theme; `tags` adds others. */
    category: ThemeId,
    tags: z.array(ThemeId).optional(),
    name: Bilingual,
    polarity: Polarity,
    /** The 2024 report's values: what every view of that report reads. Empty for an indicator it does not print. */
    values: z.array(PrintedValue),
    /** Values from other documents, read only by views that ask for them (selectors.ts). */
    cited: z.array(CitedValue).optional(),
  })
  .strict()
  .refine((i) => i.values.length + (i.cited?.length ?? 0) > 0, { message: 'an indicator needs a value', path: ['values'] });
export type Indicator = z.infer<typeof Indicator>;

/** Something the report says about a zone without a figure (an award, a milestone). */
export const Statement = z
  .object({
    id,
    year: z.union([z.literal(2023), z.literal(2024)]),
    text: Bilingual,
    quote,
  })
  .strict();
export type Statement = z.infer<typeof Statement>;

export const Zone = z
  .object({
    id: ZoneId,
    /** 三区一城 platform, 四个一号 priority, or both (Taihu New City). */
    layers: z.array(z.enum(['platform', 'priority'])).min(1),
    shortName: Bilingual,
    name: Bilingual,
    description: Bilingual,
    statements: z.array(Statement),
  })
  .strict();
export type Zone = z.infer<typeof Zone>;

/**
 * An official term the dashboard shows, explained for any reader: what it means
 * in plain words, its official definition where that matters, who defines it,
 * and the surface forms (zh, en) by which it is found in the dashboard's labels.
 */
export const GlossaryTerm = z
  .object({
    id,
    term: Bilingual,
    /** One or two sentences a citizen can follow. */
    plain: Bilingual,
    /** The official definition, where the exact wording matters (a threshold, a scope). */
    definition: Bilingual.optional(),
    /** The issuing body and document the meaning comes from. */
    source: Bilingual,
    match: z
      .object({
        zh: z.array(plainText).min(1),
        en: z.array(englishText).min(1),
      })
      .strict(),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const Dataset = z
  .object({
    dataset: z
      .object({
        version: z.string().regex(/^\d+\.\d+\.\d+$/),
        date: z.iso.date(),
        reportFile: z.string().min(1),
      })
      .strict(),
    report: z
      .object({
        title: Bilingual,
        body: Bilingual,
        meeting: Bilingual,
        date: z.iso.date(),
        speaker: Bilingual,
      })
      .strict(),
    /** Every document a value comes from; values name theirs in `doc`. */
    documents: z.array(SourceDocument).min(1),
    indicators: z.array(Indicator).min(1),
    zones: z.array(Zone),
    glossary: z.array(GlossaryTerm),
  })
  .strict();
export type Dataset = z.infer<typeof Dataset>;
