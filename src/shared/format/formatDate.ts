import type { Lang } from './formatValue';

const formats: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/** An ISO date (2024-01-08) as 2024年1月8日 or 8 January 2024. */
export function formatReportDate(isoDate: string, lang: Lang): string {
  return formats[lang].format(new Date(`${isoDate}T00:00:00Z`));
}
