import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import zh from './locales/zh.json';
import en from './locales/en.json';
import type { Lang } from './lang';

export const resources = { zh: { translation: zh }, en: { translation: en } } as const;

/** Both languages are bundled (a few KB): switching never waits for the network. */
export async function initI18n(lang: Lang): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'zh',
    // React escapes text; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
