import { QUALIFIER_TERMS } from './labels';
import type { GlossaryTerm } from './schema';

export type GlossaryLang = 'zh' | 'en';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a glossary match form occurs in a label. Chinese forms match as
 * substrings; English forms as whole words, case aside, so "mu" is not found
 * in "museum" nor "over" in "recovered".
 */
export function formOccurs(form: string, text: string, lang: GlossaryLang): boolean {
  if (lang === 'zh') return text.includes(form);
  const start = /^\w/.test(form) ? '\\b' : '';
  const end = /\w$/.test(form) ? '\\b' : '';
  return new RegExp(`${start}${escape(form)}${end}`, 'i').test(text);
}

/** Qualifier terms explain a value's qualifier; in a name their words mean other things (签约 is not 约). */
const QUALIFIER_TERM_IDS: ReadonlySet<string> = new Set(Object.values(QUALIFIER_TERMS));

/** The glossary terms a text uses, in glossary order. */
export function termsIn(glossary: readonly GlossaryTerm[], text: string, lang: GlossaryLang): GlossaryTerm[] {
  return glossary.filter((term) => term.match[lang].some((form) => formOccurs(form, text, lang)));
}

/** The terms an indicator's name uses: qualifiers are explained beside the figure that carries them. */
export function termsInName(glossary: readonly GlossaryTerm[], name: string, lang: GlossaryLang): GlossaryTerm[] {
  return termsIn(glossary, name, lang).filter((term) => !QUALIFIER_TERM_IDS.has(term.id));
}
