import { useTranslation } from 'react-i18next';
import type { Dataset } from '../shared/dataset/schema';
import { LANG_TAGS, otherLang, type Lang } from '../shared/i18n/lang';
import { formatReportDate } from '../shared/format/formatDate';
import { handleInternalLink, setAppUrl } from '../shared/lib/urlState';
import { hrefFor, NAV_VIEWS, type AppUrl } from '../shared/lib/appUrl';
import { useSwitchLanguage } from './useLanguage';
import { ensureLanguage } from '../shared/i18n/i18n';

interface Props {
  url: AppUrl;
  report: Dataset['report'] | undefined;
  lang: Lang;
}

export function Header({ url, report, lang }: Props) {
  const { t } = useTranslation();
  const switchLanguage = useSwitchLanguage();
  const other = otherLang(lang);
  return (
    <header className="site-header">
      <div className="header-bar">
        <div className="header-titles">
          <h1 className="site-title">{t('app.title')}</h1>
          {report ? (
            <p className="site-subtitle">
              {t('header.subtitle', {
                date: formatReportDate(report.date, lang),
                meeting: report.meeting[lang],
                speaker: report.speaker[lang],
              })}
            </p>
          ) : (
            <p className="site-subtitle site-subtitle-placeholder" aria-hidden="true" />
          )}
        </div>
        <div className="header-actions">
          <button
            type="button"
            className="button"
            onClick={() => setAppUrl((current) => ({ ...current, present: true, slide: 1, speaker: false }))}
          >
            {t('header.present')}
          </button>
          {/* Named by its visible text, in the language it switches to. */}
          {/* The other language's text loads when the reader reaches for the button, not with the first view. */}
          <button
            type="button"
            className="button button-quiet"
            lang={LANG_TAGS[other]}
            onPointerEnter={() => void ensureLanguage(other)}
            onFocus={() => void ensureLanguage(other)}
            onClick={() => switchLanguage(other)}
          >
            {t('header.switchLanguage')}
          </button>
        </div>
      </div>
      <nav aria-label={t('nav.label')} className="site-nav">
        <ul>
          {NAV_VIEWS.map((v) => (
            <li key={v}>
              <a href={hrefFor(url, lang, { view: v })} aria-current={v === url.view ? 'page' : undefined} onClick={handleInternalLink}>
                {t(`nav.${v}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
