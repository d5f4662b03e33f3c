import type { ReactNode } from 'react';

interface Props {
  caption: string;
  /** Column headings; the first column's cells are row headings (`<th scope="row">`) by convention. */
  headers: readonly string[];
  /** The table's rows. */
  children: ReactNode;
}

/** A captioned data table that scrolls sideways inside itself on narrow screens. */
export function DataTable({ caption, headers, children }: Props) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
