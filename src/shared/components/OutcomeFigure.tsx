import { useTranslation } from 'react-i18next';
import type { AnyValue, Dataset, Polarity } from '../dataset/schema';
import type { Lang } from '../i18n/lang';
import { formatPartialDate } from '../format/formatDate';
import { documentById } from '../dataset/selectors';
import { FigureValue } from './FigureValue';
import { ChangeBadge } from './ChangeBadge';
import { hasFigure, hasGrowth } from '../dataset/narrow';
import { NoteChips } from './NoteChips';

/** An outcome as its document prints it, with the document and where in it the figure stands: cited, never quoted or linked. */
export function OutcomeFigure({
  dataset,
  value,
  polarity,
  lang,
  decides,
}: {
  dataset: Dataset;
  value: AnyValue;
  polarity: Polarity;
  lang: Lang;
  decides?: boolean;
}) {
  const { t } = useTranslation();
  const document = documentById(dataset, value.doc);
  const location = 'location' in value ? value.location[lang] : null;
  return (
    <span className="outcome-figure" data-outcome={value.id}>
      <span className="outcome-figure-value">
        {hasFigure(value) && <FigureValue value={value} lang={lang} />}
        {hasFigure(value) && hasGrowth(value) && ' · '}
        {hasGrowth(value) && <ChangeBadge value={value} polarity={polarity} lang={lang} assess={false} />}
        {value.notes?.includes('preliminary') && <NoteChips notes={['preliminary']} />}
        {decides && <span className="outcome-decides">{t('outcome.decides')}</span>}
      </span>
      {document && (
        <cite className="outcome-source">
          {t('outcome.source', { title: document.title[lang], date: formatPartialDate(document.date, lang) })}
          {location ? ` · ${location}` : ''}
        </cite>
      )}
    </span>
  );
}
