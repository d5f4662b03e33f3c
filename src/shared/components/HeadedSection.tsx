import { useId, type ReactNode } from 'react';

/** A section named by its own heading (`aria-labelledby`), so it is listed as a region under that name. */
export function HeadedSection({ className, heading, children }: { className: string; heading: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className={className} aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      {children}
    </section>
  );
}
