import type { Lang } from '../i18n/lang';

const formats: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/** An ISO date (2024-01-08) as 2024年1月8日 or 8 January 2024. */
export function formatReportDate(isoDate: string, lang: Lang): string {
  return formats[lang].format(new Date(`${isoDate}T00:00:00Z`));
}

const yearFormats: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
};

const monthFormats: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
};

/** A date known to the day, the month or only the year (2025-01-06, 2025-01, 2025), at that precision. */
export function formatPartialDate(date: string, lang: Lang): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatReportDate(date, lang);
  if (/^\d{4}-\d{2}$/.test(date)) return monthFormats[lang].format(new Date(`${date}-01T00:00:00Z`));
  return yearFormats[lang].format(new Date(`${date}-01-01T00:00:00Z`));
}
