import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LANG_TAGS, type Lang } from '../shared/i18n/lang';
import { storeLanguage } from '../shared/i18n/resolveLanguage';
import { switchLanguage } from '../shared/i18n/i18n';
import { setAppUrl, useAppUrl } from '../shared/lib/urlState';

/** Keeps <html lang> and the address's language (its en/ path or ?lang=, when it asks for one) in step with the language. */
export function useLanguageSync(lang: Lang): void {
  const { i18n } = useTranslation();
  const urlLang = useAppUrl().lang;

  useEffect(() => {
    // Back and forward through history can change the address's language; the address wins.
    if (urlLang !== null && urlLang !== i18n.language) void switchLanguage(urlLang);
  }, [urlLang, i18n]);

  useEffect(() => {
    // Only a change is written: Chromium treats even an unchanged lang on <html> as a new language
    // for the whole page, and a hydrated ledger of 360 rows took 230-400 ms in that one call (#15).
    const root = document.documentElement;
    if (root.lang !== LANG_TAGS[lang]) root.lang = LANG_TAGS[lang];
  }, [lang]);
}

export function useSwitchLanguage(): (next: Lang) => void {
  return useCallback((next: Lang) => {
    storeLanguage(next);
    // The same view in the other language: its en/ twin, or the Chinese page (asking for Chinese only if the address did).
    setAppUrl((url) => ({ ...url, lang: next === 'en' ? 'en' : url.lang === 'zh' ? 'zh' : null }), { replace: true });
    void switchLanguage(next);
  }, []);
}
