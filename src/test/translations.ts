import i18next, { type TFunction } from 'i18next';
import { resources } from '../shared/i18n/i18n';

/** The app's own translations, in both languages, for tests of code that takes a `t`. */
export async function translations(): Promise<{ zh: TFunction; en: TFunction }> {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: 'zh', interpolation: { escapeValue: false } });
  return { zh: i18n.getFixedT('zh'), en: i18n.getFixedT('en') };
}
