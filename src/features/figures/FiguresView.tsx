import { useDeferredValue, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { useAppUrl } from '../../shared/lib/urlState';
import { hrefFor } from '../../shared/lib/appUrl';
import { downloadText } from '../../shared/lib/download';
import { LedgerControls } from './LedgerControls';
import { LedgerTable } from './LedgerTable';
import { documentCitation, exportRecord, ledgerDocuments, ledgerPeriods, ledgerRows, selectRows, toCsv } from './ledgerRows';
import { documentById } from '../../shared/dataset/selectors';
import { ViewTitle } from '../../shared/components/ViewTitle';
import { HeadedSection } from '../../shared/components/HeadedSection';

export function FiguresView({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const url = useAppUrl();
  const rows = useMemo(() => ledgerRows(dataset), [dataset]);
  const documents = useMemo(() => ledgerDocuments(dataset, rows), [dataset, rows]);
  const periods = useMemo(() => ledgerPeriods(rows), [rows]);
  // A document the registry does not hold is ignored (every document is shown), with a short notice.
  const unknownDoc = url.ledger.doc !== null && !documentById(dataset, url.ledger.doc) ? url.ledger.doc : null;
  const query = useMemo(() => (unknownDoc ? { ...url.ledger, doc: null } : url.ledger), [url.ledger, unknownDoc]);
  // The search box answers at once; the table follows as soon as it can, without blocking typing.
  const tableQuery = useDeferredValue(query);
  const selected = useMemo(() => selectRows(rows, tableQuery, lang), [rows, tableQuery, lang]);
  // The documents the shown rows come from, each cited in full below the table (on paper too).
  const shownDocuments = useMemo(() => {
    const shown = new Set(selected.map((row) => row.value.doc));
    return dataset.documents.filter((document) => shown.has(document.id));
  }, [dataset, selected]);
  const highlight = url.fig;
  const linkLang = url.lang;
  const depth = url.depth;
  const sourceHref = useMemo(
    () => (id: string) => hrefFor({ lang: linkLang, depth }, lang, { view: 'report', fig: id }),
    [linkLang, depth, lang],
  );
  const figureHref = useMemo(
    () => (id: string) => hrefFor({ lang: linkLang, depth }, lang, { view: 'figure', fig: id }),
    [linkLang, depth, lang],
  );
  const zoneNames = useMemo(() => new Map(dataset.zones.map((zone) => [zone.id, zone.shortName[lang]])), [dataset, lang]);

  // A link from the report (?view=figures&fig=…) scrolls to its row and focuses it.
  useEffect(() => {
    if (!highlight) return;
    const cell = document.getElementById(`row-${highlight}`)?.querySelector<HTMLElement>('th');
    cell?.scrollIntoView({ block: 'center' });
    cell?.focus({ preventScroll: true });
  }, [highlight]);

  const exportAs = (format: 'csv' | 'json') => {
    const records = selected.map(exportRecord);
    const cited = new Set(selected.map((row) => row.value.doc));
    const base = `wuzhong-2024-figures-v${dataset.dataset.version}`;
    if (format === 'csv') downloadText(`${base}.csv`, toCsv(records), 'text/csv;charset=utf-8');
    else
      downloadText(
        `${base}.json`,
        `${JSON.stringify({ report: dataset.report, dataset: dataset.dataset, documents: dataset.documents.filter((d) => cited.has(d.id)), query: tableQuery, figures: records }, null, 2)}\n`,
        'application/json',
      );
  };

  return (
    <section className="section" aria-labelledby="figures-heading">
      <ViewTitle id="figures-heading">{t('ledgerDocs.heading')}</ViewTitle>
      <p className="section-intro">
        {t('ledgerDocs.intro', {
          primary: rows.filter((row) => !row.cited).length,
          cited: rows.filter((row) => row.cited).length,
          documents: documents.length - 1,
        })}
      </p>
      {unknownDoc && (
        <p className="notice" role="status">
          {t('ledgerDocs.unknownDocument', { doc: unknownDoc })}
        </p>
      )}
      <LedgerControls
        query={query}
        documents={documents}
        periods={periods}
        lang={lang}
        shown={selected.length}
        total={rows.length}
        onExportCsv={() => exportAs('csv')}
        onExportJson={() => exportAs('json')}
      />
      <LedgerTable
        rows={selected}
        query={tableQuery}
        lang={lang}
        highlight={highlight}
        zoneNames={zoneNames}
        sourceHref={sourceHref}
        figureHref={figureHref}
      />
      {shownDocuments.length > 0 && (
        <HeadedSection className="ledger-documents" heading={t('ledgerDocs.documentsHeading')}>
          <ul>
            {shownDocuments.map((document) => (
              <li key={document.id} data-document={document.id}>
                {documentCitation(document, lang)}
              </li>
            ))}
          </ul>
          <p className="muted">{t('ledgerDocs.documentsNote')}</p>
        </HeadedSection>
      )}
    </section>
  );
}
