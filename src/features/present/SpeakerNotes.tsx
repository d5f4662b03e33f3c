import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANG_TAGS, type Lang } from '../../shared/i18n/lang';
import { OutcomeBadge } from '../../shared/components/OutcomeBadge';
import type { NoteFigure, SpeakerNote } from './speakerNotes';

function FigureLine({ figure, lang }: { figure: NoteFigure; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="speaker-figure" data-value={figure.id}>
      {lang === 'en' && <span className="speaker-figure-label">{figure.label.en}:</span>}
      {/* In English the value as the English page writes it; as printed, it stands marked in the sentence. */}
      <span className="speaker-figure-value">{lang === 'en' ? figure.english : figure.printed}</span>
      {figure.kind === 'target' && !figure.outcome && (
        <span className="speaker-figure-kind">{t('speaker.target', { year: figure.year })}</span>
      )}
      {figure.outcome && (
        <span className="speaker-outcome">
          <OutcomeBadge status={figure.outcome.status} />
          {figure.outcome.printed && (
            <>
              {' '}
              <span lang={LANG_TAGS.zh}>{figure.outcome.printed}</span>
            </>
          )}
        </span>
      )}
      {figure.previous && (
        <span className="speaker-previous">
          {t('speaker.previous')} <span lang={LANG_TAGS.zh}>{figure.previous}</span>
        </span>
      )}
    </div>
  );
}

/**
 * The notes: one row per sentence of the report, its figures beside it. The sentence stays
 * Chinese (it is the report's own text); the English view adds each figure's English label.
 */
export const SpeakerNotes = memo(function SpeakerNotes({ notes, lang }: { notes: SpeakerNote[]; lang: Lang }) {
  return (
    <ol className={`speaker-note-list speaker-note-list-${lang}${notes.length > 6 ? ' speaker-note-list-dense' : ''}`}>
      {notes.map((note) => (
        <li key={note.sentence.quote} className="speaker-note">
          <div className="speaker-note-figures">
            {note.figures.map((figure) => (
              <FigureLine key={figure.id} figure={figure} lang={lang} />
            ))}
            {note.statement && lang === 'en' && <span className="speaker-figure-label">{note.statement.en}</span>}
          </div>
          <p className="speaker-sentence" lang={LANG_TAGS.zh}>
            {note.sentence.before}
            <mark>{note.sentence.quote}</mark>
            {note.sentence.after}
          </p>
        </li>
      ))}
    </ol>
  );
});
