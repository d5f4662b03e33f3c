import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { DataTable } from '../../shared/components/DataTable';

/** A column of a cluster table: its heading (also each cell's `data-label`) and what a row shows in it. */
export interface ClusterColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

/** A table behind a cluster chart: one row a cluster, named in its row heading, then `columns`. */
export function ClusterTable<Row extends { indicator: Indicator }>({
  rows,
  columns,
  lang,
  caption,
  className,
}: {
  rows: readonly Row[];
  columns: readonly ClusterColumn<Row>[];
  lang: Lang;
  caption: string;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <DataTable caption={caption} headers={[t('clusters.colCluster'), ...columns.map((column) => column.header)]} className={className}>
      {rows.map((row) => (
        <tr key={row.indicator.id} data-row={row.indicator.id} role="row">
          <th scope="row" role="rowheader">
            {row.indicator.name[lang]}
          </th>
          {columns.map((column) => (
            <td key={column.header} role="cell" data-label={column.header}>
              {column.cell(row)}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
