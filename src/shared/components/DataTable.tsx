import type { ReactNode } from 'react';

interface Props {
  caption: string;
  /** Column headings; the first column's cells are row headings (`<th scope="row" role="rowheader">`) by convention. */
  headers: readonly ReactNode[];
  /** The table's rows; each `<td>` carries `data-label` (its column's name) for the narrow-screen cards. */
  children: ReactNode;
  className?: string;
}

/**
 * A captioned data table. On narrow screens its rows become cards (styles.css, `.cards`);
 * the explicit roles keep it a table for screen readers when its display changes.
 */
export function DataTable({ caption, headers, children, className }: Props) {
  return (
    <div className="table-scroll">
      <table className={`data-table cards ${className ?? ''}`} role="table">
        <caption>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {headers.map((header, i) => (
              <th key={i} scope="col" role="columnheader">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">{children}</tbody>
      </table>
    </div>
  );
}
