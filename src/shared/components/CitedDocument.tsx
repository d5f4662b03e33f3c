import { useTranslation } from 'react-i18next';
import type { AnyValue, SourceDocument } from '../dataset/schema';
import type { Lang } from '../i18n/lang';
import { formatPartialDate } from '../format/formatDate';

/**
 * Where a figure comes from, as a citation: the document's title, issuer, date and index number,
 * and for another document's figure where in it the figure stands. Never a link to the copy it was read from.
 */
export function CitedDocument({ document, value, lang }: { document: SourceDocument | undefined; value: AnyValue; lang: Lang }) {
  const { t } = useTranslation();
  if (!document) return <span>{value.doc}</span>;
  const location = 'location' in value ? value.location[lang] : null;
  return (
    <span className="cited-document" data-document={document.id}>
      <cite>{document.title[lang]}</cite>, {document.issuer[lang]}, {formatPartialDate(document.date, lang)}
      {document.indexNumber && <>, {t('footer.indexNumber', { number: document.indexNumber })}</>}
      {location && <span className="cited-location"> · {location}</span>}
    </span>
  );
}
