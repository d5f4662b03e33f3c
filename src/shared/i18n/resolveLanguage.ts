import type { Lang } from './lang';

export const LANG_STORAGE_KEY = 'wuzhong-dashboard.lang';

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** `?lang=` wins, then the reader's stored choice, then Chinese, the report's language. */
export function resolveLanguage(search: string, stored: string | null): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  if (isLang(stored)) return stored;
  return 'zh';
}

/** Storage may be unavailable (private mode, blocked cookies): the choice then lasts for the page. */
export function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not stored; the URL and this page still carry the choice.
  }
}
