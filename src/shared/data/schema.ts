/**
 * The dataset contract. This schema is the single source of the dataset's
 * types: everything else uses `z.infer`, never a hand-written duplicate.
 *
 * A value is stored as the report prints it: 1638 with the unit 亿元, never
 * 163800000000; the conversion for an English reader happens at display time.
 */

import { z } from 'zod';
import { NOTE_CODES, QUALIFIERS, SECTION_IDS, THEME_IDS, UNIT_CODES, ZONE_IDS } from './codes';

export const UnitCode = z.enum(UNIT_CODES);
export type UnitCode = z.infer<typeof UnitCode>;

export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

export const NoteCode = z.enum(NOTE_CODES);
export type NoteCode = z.infer<typeof NoteCode>;

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

export const Indicator = z
  .object({
    id,
    /** The indicator's main theme; `tags` adds others. */
    category: ThemeId,
    tags: z.array(ThemeId).optional(),
    name: Bilingual,
    polarity: Polarity,
    values: z.array(PrintedValue).min(1),
  })
  .strict();
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
    indicators: z.array(Indicator).min(1),
    zones: z.array(Zone),
    glossary: z.array(GlossaryTerm),
  })
  .strict();
export type Dataset = z.infer<typeof Dataset>;
