import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../shared/format/formatValue';
import { isLang, storeLanguage } from '../shared/i18n/resolveLanguage';
import { navigate, useSearch } from '../shared/lib/urlState';

/** Keeps <html lang>, the document title and the URL's ?lang= (when present) in step with the language. */
export function useLanguageSync(lang: Lang): void {
  const { t, i18n } = useTranslation();
  const search = useSearch();
  const urlLang = new URLSearchParams(search).get('lang');

  useEffect(() => {
    // Back and forward through history can change ?lang=; the URL wins.
    if (isLang(urlLang) && urlLang !== i18n.language) void i18n.changeLanguage(urlLang);
  }, [urlLang, i18n]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    if (new URLSearchParams(search).get('present') !== '1') document.title = t('app.documentTitle'); // PresenterMode titles its slides
  }, [lang, t, search]);
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
