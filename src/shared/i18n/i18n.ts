import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from './lang';

/**
 * Each language's text is its own small file (about 6 KB gzip): a page loads its own language
 * (its head preloads it), and the other when the reader reaches for the language button (or
 * the address changes language); offline, the service worker has both.
 */
const loaders: Record<Lang, () => Promise<{ default: Record<string, unknown> }>> = {
  zh: () => import('./locales/zh.json'),
  en: () => import('./locales/en.json'),
};

/** Makes a language's text available (loading it once). */
export async function ensureLanguage(lang: Lang): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  const { default: resources } = await loaders[lang]();
  i18next.addResourceBundle(lang, 'translation', resources, true, true);
}

/** Switches to a language, loading its text first if it is not here yet. */
export async function switchLanguage(lang: Lang): Promise<void> {
  await ensureLanguage(lang);
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
}

/** Starts i18next in `lang` with the text of `languages` (both, unless a page asks for its own only). */
export async function initI18n(lang: Lang, languages: readonly Lang[] = LANGS): Promise<typeof i18next> {
  const loaded = await Promise.all(languages.map(async (l) => [l, { translation: (await loaders[l]()).default }] as const));
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(loaded),
    lng: lang,
    fallbackLng: 'zh',
    // The other language loads later (ensureLanguage).
    partialBundledLanguages: true,
    // React escapes text; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
