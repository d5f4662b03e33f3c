import { useTranslation } from 'react-i18next';
import type { AnyValue, Dataset, Polarity } from '../data/schema';
import type { Lang } from '../i18n/lang';
import { formatPartialDate } from '../format/formatDate';
import { documentById } from '../data/selectors';
import { FigureValue } from './FigureValue';
import { ChangeBadge } from './ChangeBadge';

/** An outcome as its document prints it, with the document and where in it the figure stands: cited, never quoted or linked. */
export function OutcomeFigure({ dataset, value, polarity, lang, decides }: { dataset: Dataset; value: AnyValue; polarity: Polarity; lang: Lang; decides?: boolean }) {
  const { t } = useTranslation();
  const document = documentById(dataset, value.doc);
  const location = 'location' in value ? value.location[lang] : null;
  return (
    <span className="outcome-figure" data-outcome={value.id}>
      <span className="outcome-figure-value">
        {value.value !== null && <FigureValue value={{ ...value, value: value.value }} lang={lang} />}
        {value.value !== null && value.growthPct !== undefined && ' · '}
        {value.growthPct !== undefined && <ChangeBadge value={{ ...value, growthPct: value.growthPct }} polarity={polarity} lang={lang} assess={false} />}
        {value.notes?.includes('preliminary') && <span className="note-chip">{t('notes.preliminary')}</span>}
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
