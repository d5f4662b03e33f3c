import { useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { reportTextQuery } from '../../shared/dataset/queries';
import { parseReport } from '../../shared/report/reportStructure';
import { locateValues, matchFigures } from '../../shared/report/figureIndex';
import { useAppUrl } from '../../shared/lib/urlState';
import { hrefFor } from '../../shared/lib/appUrl';
import { DatasetErrorScreen } from '../../shared/components/DatasetErrorScreen';
import { findSource } from './reportSegments';
import { ReportParagraph } from './ReportParagraph';
import { ViewTitle } from '../../shared/components/ViewTitle';
import { downloadText } from '../../shared/lib/download';

export function ReportView({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const report = useQuery(reportTextQuery);
  const url = useAppUrl();
  const { fig } = url;
  const linkLang = url.lang;
  const depth = url.depth;
  // Each figure in the text links to its row in the ledger.
  const ledgerHref = useMemo(
    () => (id: string) => hrefFor({ lang: linkLang, depth }, lang, { view: 'figures', fig: id }),
    [linkLang, depth, lang],
  );

  const model = useMemo(() => {
    if (!report.data) return null;
    const text = report.data;
    const located = locateValues(dataset, text);
    return { text, paragraphs: parseReport(text), located, figures: matchFigures(text, located) };
  }, [dataset, report.data]);

  const source = model ? findSource(dataset, model.text, fig) : null;
  const sourceId = source?.id ?? null;

  // Following a source link lands on the highlighted passage.
  useEffect(() => {
    if (!sourceId) return;
    const mark = document.getElementById('source-passage');
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus({ preventScroll: true });
  }, [sourceId, model]);

  return (
    <section className="section report-view" aria-labelledby="report-heading">
      <ViewTitle id="report-heading">{t('report.heading')}</ViewTitle>
      <p className="section-intro">{lang === 'en' ? t('report.introEn') : t('report.intro')}</p>
      {report.data && (
        <p className="report-download">
          {/* A byte-order mark and a declared charset: the file opens as Chinese in any editor, from any host. */}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => downloadText(dataset.dataset.reportFile, `\uFEFF${report.data}`, 'text/plain;charset=utf-8')}
          >
            {t('report.download')}
          </button>{' '}
          <span className="muted">{t('report.downloadHint')}</span>
        </p>
      )}
      {report.isPending && (
        <p className="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {report.isError && <DatasetErrorScreen error={report.error} onRetry={() => void report.refetch()} retrying={report.isFetching} />}
      {model && fig && !source && (
        <p role="status" className="notice">
          {t('report.sourceNotFound')}
        </p>
      )}
      {model && (
        <article className="report-text" lang="zh-CN">
          {model.paragraphs.map((paragraph) => (
            <ReportParagraph
              key={paragraph.index}
              paragraph={paragraph}
              mark={source && source.span.start >= paragraph.start && source.span.end <= paragraph.end ? source.span : null}
              figures={model.figures}
              located={model.located}
              lang={lang}
              ledgerHref={ledgerHref}
            />
          ))}
        </article>
      )}
    </section>
  );
}
