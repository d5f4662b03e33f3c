import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitedValue, SourceDocument } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { CitedDocument } from '../../shared/components/CitedDocument';

/**
 * Figures of other documents in a table cell: each as printed (`figure`: a level or a rate), its
 * basis, and its document cited (never linked to a copy); `missing` where no document gives one.
 */
export function CitedCell<V extends CitedValue>({
  items,
  figure,
  lang,
  missing,
}: {
  items: readonly { cited: V; document: SourceDocument | undefined }[];
  figure: (cited: V) => ReactNode;
  lang: Lang;
  missing: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <span className="muted">{missing}</span>;
  return (
    <ul className="cited-figures">
      {items.map(({ cited, document }) => (
        <li key={cited.id} data-value={cited.id}>
          {figure(cited)}
          {cited.basis && <span className="basis-tag">{t(`years.basis.${cited.basis}`)}</span>}
          <CitedDocument document={document} value={cited} lang={lang} />
        </li>
      ))}
    </ul>
  );
}
