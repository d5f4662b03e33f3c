import { useEffect, useRef, type ReactNode } from 'react';
import { takeFocusRequest } from '../lib/urlState';

/** A view's heading; it takes focus when the reader arrived through an in-app link. */
export function ViewTitle({ id, children }: { id?: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocusRequest()) ref.current?.focus();
  }, []);
  return (
    <h2 id={id} ref={ref} className="view-title" tabIndex={-1}>
      {children}
    </h2>
  );
}
