import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../shared/format/formatValue';
import { isLang, storeLanguage } from '../shared/i18n/resolveLanguage';
import { navigate, useSearch } from '../shared/lib/urlState';

/** Keeps <html lang> and the URL's ?lang= (when present) in step with the language. */
export function useLanguageSync(lang: Lang): void {
  const { i18n } = useTranslation();
  const search = useSearch();
  const urlLang = new URLSearchParams(search).get('lang');

  useEffect(() => {
    // Back and forward through history can change ?lang=; the URL wins.
    if (isLang(urlLang) && urlLang !== i18n.language) void i18n.changeLanguage(urlLang);
  }, [urlLang, i18n]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
}

export function useSwitchLanguage(): (next: Lang) => void {
  const { i18n } = useTranslation();
  return useCallback(
    (next: Lang) => {
      storeLanguage(next);
      if (new URLSearchParams(window.location.search).has('lang')) navigate({ lang: next }, { replace: true });
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
}
