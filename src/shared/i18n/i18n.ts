import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, otherLang, type Lang } from './lang';
import { isLang } from './resolveLanguage';

/**
 * Each language's text is loaded in two small parts (scripts/locale-parts.mjs): `core`, what every
 * page shows (its head preloads it), and `views`, the text of the views loaded on demand, which
 * comes with them. The other language loads when the reader reaches for the language button (or
 * the address changes language); offline, the service worker has every part.
 */
const loaders: Record<Lang, Record<'core' | 'views', () => Promise<{ default: Record<string, unknown> }>>> = {
  zh: { core: () => import('locale-part:zh/core'), views: () => import('locale-part:zh/views') },
  en: { core: () => import('locale-part:en/core'), views: () => import('locale-part:en/views') },
};
const loaded = new Map<string, Promise<void>>();
let started: () => void = () => undefined;
/** Text can be fetched before i18next has started (a page asks for its view's at once), and is added once it has. */
const ready = new Promise<void>((resolve) => (started = resolve));

function loadPart(lang: Lang, part: 'core' | 'views'): Promise<void> {
  const key = `${lang}/${part}`;
  let loading = loaded.get(key);
  if (!loading) {
    loading = Promise.all([loaders[lang][part](), ready]).then(([{ default: resources }]) => {
      i18next.addResourceBundle(lang, 'translation', resources, true, true);
    });
    loaded.set(key, loading);
  }
  return loading;
}

/** Makes a language's text available (loading it once): what every page shows, and (`views`) the on-demand views' text too. */
export async function ensureLanguage(lang: Lang, views = loaded.has(`${otherLang(lang)}/views`)): Promise<void> {
  await Promise.all([loadPart(lang, 'core'), views ? loadPart(lang, 'views') : null]);
}

/** The on-demand views' text, in `lang` or the language shown: a view loads it beside its code. */
export const ensureViewsText = (lang?: Lang) => loadPart(lang ?? (isLang(i18next.language) ? i18next.language : 'zh'), 'views');

/** Switches to a language, loading its text first if it is not here yet. */
export async function switchLanguage(lang: Lang): Promise<void> {
  await ensureLanguage(lang);
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
}

/** Starts i18next in `lang` with the text of `languages` (both, whole, unless a page asks for its own core only). */
export async function initI18n(
  lang: Lang,
  languages: readonly Lang[] = LANGS,
  parts: readonly ('core' | 'views')[] = ['core', 'views'],
): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: {},
    lng: lang,
    fallbackLng: 'zh',
    // Text arrives in parts (ensureLanguage).
    partialBundledLanguages: true,
    // React escapes text; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  started();
  await Promise.all(languages.flatMap((l) => parts.map((part) => loadPart(l, part))));
  return i18next;
}
