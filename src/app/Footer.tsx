import { useTranslation } from 'react-i18next';
import type { Dataset } from '../shared/data/schema';
import type { Lang } from '../shared/format/formatValue';
import { formatReportDate } from '../shared/format/formatDate';
import { REPORT_TEXT_URL } from '../shared/data/queries';

export function Footer({ dataset, lang }: { dataset: Dataset | undefined; lang: Lang }) {
  const { t } = useTranslation();
  if (!dataset) return null;
  return (
    <footer className="site-footer">
      <p>
        {t('footer.source', { title: dataset.report.title[lang], date: formatReportDate(dataset.report.date, lang) })}{' '}
        <a href={REPORT_TEXT_URL} lang="zh-CN">
          {t('footer.reportText')}
        </a>
      </p>
      <p className="dataset-version">
        {t('footer.dataset', { version: dataset.dataset.version, date: formatReportDate(dataset.dataset.date, lang) })}
      </p>
    </footer>
  );
}
