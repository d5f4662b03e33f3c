import { useDeferredValue, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/data/schema';
import type { Lang } from '../../shared/i18n/lang';
import { useAppUrl } from '../../shared/lib/urlState';
import { hrefFor } from '../../shared/lib/appUrl';
import { downloadText } from '../../shared/lib/download';
import { LedgerControls } from './LedgerControls';
import { LedgerTable } from './LedgerTable';
import { exportRecord, ledgerRows, selectRows, toCsv } from './ledgerRows';
import { ViewTitle } from '../../shared/components/ViewTitle';

export function FiguresView({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const url = useAppUrl();
  const rows = useMemo(() => ledgerRows(dataset), [dataset]);
  const query = url.ledger;
  // The search box answers at once; the table follows as soon as it can, without blocking typing.
  const tableQuery = useDeferredValue(query);
  const selected = useMemo(() => selectRows(rows, tableQuery, lang), [rows, tableQuery, lang]);
  const highlight = url.fig;
  const linkLang = url.lang;
  const depth = url.depth;
  const sourceHref = useMemo(() => (id: string) => hrefFor({ lang: linkLang, depth }, lang, { view: 'report', fig: id }), [linkLang, depth, lang]);
  const figureHref = useMemo(() => (id: string) => hrefFor({ lang: linkLang, depth }, lang, { view: 'figure', fig: id }), [linkLang, depth, lang]);
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
    const base = `wuzhong-2024-figures-v${dataset.dataset.version}`;
    if (format === 'csv') downloadText(`${base}.csv`, toCsv(records), 'text/csv;charset=utf-8');
    else
      downloadText(
        `${base}.json`,
        `${JSON.stringify({ report: dataset.report, dataset: dataset.dataset, query: tableQuery, figures: records }, null, 2)}\n`,
        'application/json',
      );
  };

  return (
    <section className="section" aria-labelledby="figures-heading">
      <ViewTitle id="figures-heading">{t('figures.heading')}</ViewTitle>
      <p className="section-intro">{t('figures.intro', { total: rows.length })}</p>
      <LedgerControls query={query} shown={selected.length} total={rows.length} onExportCsv={() => exportAs('csv')} onExportJson={() => exportAs('json')} />
      <LedgerTable rows={selected} query={tableQuery} lang={lang} highlight={highlight} zoneNames={zoneNames} sourceHref={sourceHref} figureHref={figureHref} />
    </section>
  );
}
