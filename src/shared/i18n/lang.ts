/** The dashboard's two languages, and the BCP 47 tags the page declares for them. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The `lang` attribute of text in each language (and the locale Intl formats it with). */
export const LANG_TAGS = { zh: 'zh-CN', en: 'en' } as const satisfies Record<Lang, string>;

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}
