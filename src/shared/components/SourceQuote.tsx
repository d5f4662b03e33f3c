import { useTranslation } from 'react-i18next';
import { handleInternalLink, useAppUrl } from '../lib/urlState';
import { hrefFor } from '../lib/appUrl';
import { isLang } from '../i18n/resolveLanguage';

interface Props {
  quote: string;
  valueId: string;
  /** What the figure is, for the disclosure's accessible name. */
  name: string;
  /** The visible summary; 原文 / Source by default. */
  label?: string;
}

/**
 * The report's own sentence, one click away: a disclosure that needs no hover,
 * and a link that opens the report text scrolled to the passage.
 */
export function SourceQuote({ quote, valueId, name, label }: Props) {
  const { t, i18n } = useTranslation();
  const url = useAppUrl();
  return (
    <details className="source">
      <summary aria-label={t('figure.sourceLabel', { name, label: label ?? t('figure.source') })}>{label ?? t('figure.source')}</summary>
      <blockquote lang="zh-CN" className="source-quote">
        {quote}
      </blockquote>
      <a
        className="source-link"
        href={hrefFor(url, isLang(i18n.language) ? i18n.language : 'zh', { view: 'report', fig: valueId })}
        onClick={handleInternalLink}
      >
        {t('figure.openInReport')}
      </a>
    </details>
  );
}
