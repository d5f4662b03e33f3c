import { useTranslation } from 'react-i18next';
import { handleInternalLink, useAppUrl, useHref } from '../shared/lib/urlState';
import { hrefFor } from '../shared/lib/appUrl';
import type { Dataset } from '../shared/dataset/schema';
import type { Lang } from '../shared/i18n/lang';
import { formatPartialDate, formatReportDate } from '../shared/format/formatDate';

export function Footer({ dataset, lang }: { dataset: Dataset | undefined; lang: Lang }) {
  const { t } = useTranslation();
  const url = useAppUrl();
  // The build's render has no address; the browser fills it in after hydration.
  const address = useHref();
  if (!dataset) return null;
  return (
    <footer className="site-footer">
      <p>
        {t('footer.source', { title: dataset.report.title[lang], date: formatReportDate(dataset.report.date, lang) })}{' '}
        {/* The report view, not the bare .txt: static hosts serve text without a charset, and browsers then guess wrong. */}
        <a href={hrefFor(url, lang, { view: 'report' })} onClick={handleInternalLink}>
          {t('footer.reportText')}
        </a>
      </p>
      <details className="footer-documents">
        <summary>{t('footer.documents', { count: dataset.documents.length })}</summary>
        <ul>
          {dataset.documents.map((document) => (
            <li key={document.id} data-document={document.id}>
              <cite>{document.title[lang]}</cite>, {document.issuer[lang]}, {formatPartialDate(document.date, lang)}
              {document.indexNumber && <>, {t('footer.indexNumber', { number: document.indexNumber })}</>}
              {document.primary && <> · {t('footer.primary')}</>}
              <span className="footer-reliability">{document.reliability[lang]}</span>
            </li>
          ))}
        </ul>
        <p>{t('footer.documentsNote')}</p>
      </details>
      <p className="dataset-version">
        {t('footer.dataset', { version: dataset.dataset.version, date: formatReportDate(dataset.dataset.date, lang) })}
      </p>
      {/* A printed handout says where it came from. */}
      <p className="print-only">{t('footer.address', { url: address })}</p>
    </footer>
  );
}
