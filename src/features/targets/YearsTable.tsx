import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyValue, Dataset, Polarity } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { DataTable } from '../../shared/components/DataTable';
import { FigureValue } from '../../shared/components/FigureValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { FigureLink } from '../../shared/components/FigureLink';
import { CitedDocument } from '../../shared/components/CitedDocument';
import { documentById } from '../../shared/dataset/selectors';
import { provisional as provisionalOf, type TableRow } from './yearSeries';
import { hasFigure, hasGrowth } from '../../shared/dataset/narrow';

function Linked({ value, dataset, children }: { value: AnyValue; dataset: Dataset; children: React.ReactNode }) {
  // Only the 2024 report's figures have a page of their own.
  return documentById(dataset, value.doc)?.primary ? <FigureLink id={value.id}>{children}</FigureLink> : <>{children}</>;
}

/** The table behind one indicator's multi-year chart: every figure of 2021–2025, a row each, with a row where the basis breaks. */
export function YearsTable({
  rows,
  dataset,
  polarity,
  lang,
  caption,
}: {
  rows: readonly TableRow[];
  dataset: Dataset;
  polarity: Polarity;
  lang: Lang;
  caption: string;
}) {
  const { t } = useTranslation();
  const headers = [
    t('years.colYear'),
    t('years.colKind'),
    t('years.colLevel'),
    t('years.colGrowth'),
    t('years.colNotes'),
    t('years.colDocument'),
  ];
  return (
    <DataTable caption={caption} headers={headers} className="years-table">
      {rows.map(({ value, breakBefore: breaks }) => {
        const notes: readonly string[] = value.notes ?? [];
        const provisional = provisionalOf(value);
        const aim = 'aim' in value ? value.aim : undefined;
        return (
          <Fragment key={value.id}>
            {breaks && (
              <tr className="year-break-row" role="row">
                <td role="cell" colSpan={headers.length}>
                  {t(`years.breakLabel.${breaks}`)}
                </td>
              </tr>
            )}
            <tr data-year-value={value.id} role="row">
              <th scope="row" role="rowheader">
                {value.year}
              </th>
              <td role="cell" data-label={headers[1]}>
                {t(value.kind === 'target' ? 'years.target' : 'years.actual')}
              </td>
              <td role="cell" data-label={headers[2]}>
                {hasFigure(value) ? (
                  <Linked value={value} dataset={dataset}>
                    <FigureValue value={value} lang={lang} />
                  </Linked>
                ) : (
                  <span className="muted">{t('years.none')}</span>
                )}
              </td>
              <td role="cell" data-label={headers[3]}>
                {hasGrowth(value) ? (
                  <Linked value={value} dataset={dataset}>
                    <ChangeBadge value={value} polarity={polarity} lang={lang} assess={false} />
                  </Linked>
                ) : aim ? (
                  <span>
                    {aim[lang]} ({t('years.qualitative')})
                  </span>
                ) : (
                  <span className="muted">{t('years.none')}</span>
                )}
              </td>
              <td role="cell" data-label={headers[4]}>
                {[
                  provisional ? t(`years.provisionalLong.${provisional}`) : null,
                  value.basis ? t(`years.basis.${value.basis}`) : null,
                  notes.includes('comparableBasis') ? t('notes.comparableBasis') : null,
                ]
                  .filter(Boolean)
                  .join(lang === 'zh' ? '；' : '; ') || <span className="muted">{t('years.none')}</span>}
              </td>
              <td role="cell" data-label={headers[5]} className="years-source">
                <CitedDocument document={documentById(dataset, value.doc)} value={value} lang={lang} />
              </td>
            </tr>
          </Fragment>
        );
      })}
    </DataTable>
  );
}
