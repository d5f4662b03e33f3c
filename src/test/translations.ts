import i18next, { type TFunction } from 'i18next';
import zh from '../shared/i18n/locales/zh.json';
import en from '../shared/i18n/locales/en.json';

/** The app's own translations, both languages whole, for tests of code that takes a `t`. */
export async function translations(): Promise<{ zh: TFunction; en: TFunction }> {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { zh: { translation: zh }, en: { translation: en } }, lng: 'zh', interpolation: { escapeValue: false } });
  return { zh: i18n.getFixedT('zh'), en: i18n.getFixedT('en') };
}
