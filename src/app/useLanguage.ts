import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LANG_TAGS, type Lang } from '../shared/i18n/lang';
import { storeLanguage } from '../shared/i18n/resolveLanguage';
import { setAppUrl, useAppUrl } from '../shared/lib/urlState';

/** Keeps <html lang> and the URL's ?lang= (when present) in step with the language. */
export function useLanguageSync(lang: Lang): void {
  const { i18n } = useTranslation();
  const urlLang = useAppUrl().lang;

  useEffect(() => {
    // Back and forward through history can change ?lang=; the URL wins.
    if (urlLang !== null && urlLang !== i18n.language) void i18n.changeLanguage(urlLang);
  }, [urlLang, i18n]);

  useEffect(() => {
    document.documentElement.lang = LANG_TAGS[lang];
  }, [lang]);
}

export function useSwitchLanguage(): (next: Lang) => void {
  const { i18n } = useTranslation();
  return useCallback(
    (next: Lang) => {
      storeLanguage(next);
      setAppUrl((url) => (url.lang === null ? url : { ...url, lang: next }), { replace: true });
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
}
