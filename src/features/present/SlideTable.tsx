import type { ReactNode } from 'react';
import { DataTable } from '../../shared/components/DataTable';

/** A slide's table: the dashboard's DataTable in the slide's own type, its caption (the slide's title) for screen readers. */
export function SlideTable({
  caption,
  headers,
  className,
  children,
}: {
  caption: string;
  headers: readonly ReactNode[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <DataTable
      caption={caption}
      captionHidden
      cards={false}
      className={className ? `slide-table ${className}` : 'slide-table'}
      headers={headers}
    >
      {children}
    </DataTable>
  );
}
