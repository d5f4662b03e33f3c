import { isValidElement, type ReactNode } from 'react';

/** A column heading with what the table needs to say about it: its sort order, a class for its width. */
export interface HeaderCell {
  label: ReactNode;
  sort?: 'ascending' | 'descending' | undefined;
  className?: string | undefined;
}

interface Props {
  caption: string;
  /** The caption for screen readers only, where a visible title already says what the table is (a slide's). */
  captionHidden?: boolean;
  /** Column headings; the first column's cells are row headings (`<th scope="row" role="rowheader">`) by convention. */
  headers: readonly (ReactNode | HeaderCell)[];
  /** The table's rows; each `<td>` carries `data-label` (its column's name) for the narrow-screen cards. */
  children: ReactNode;
  className?: string;
  /** The dashboard's table, whose rows become cards on narrow screens (default); slides, laid out for one stage, style their own. */
  cards?: boolean;
}

const isHeaderCell = (header: ReactNode | HeaderCell): header is HeaderCell =>
  typeof header === 'object' && header !== null && !isValidElement(header) && 'label' in header;

/**
 * Every data table of the dashboard. On narrow screens its rows become cards (`.cards`); the explicit
 * roles keep it a table for screen readers when its display changes.
 */
export function DataTable({ caption, captionHidden = false, headers, children, className, cards = true }: Props) {
  const table = (
    <table className={[cards && 'data-table cards', className].filter(Boolean).join(' ')} role="table">
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          {headers.map((header, i) => {
            const cell = isHeaderCell(header) ? header : { label: header };
            return (
              <th key={i} scope="col" role="columnheader" aria-sort={cell.sort} className={cell.className}>
                {cell.label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody role="rowgroup">{children}</tbody>
    </table>
  );
  return cards ? <div className="table-scroll">{table}</div> : table;
}
