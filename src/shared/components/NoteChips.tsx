import { useTranslation } from 'react-i18next';
import type { NoteCode } from '../dataset/schema';

/** A printed value's notes (预计数, 同口径, 累计) as small chips after the figure; nothing when it has none. */
export function NoteChips({ notes }: { notes: readonly NoteCode[] | undefined }) {
  const { t } = useTranslation();
  if (!notes || notes.length === 0) return null;
  return notes.map((note) => (
    <span key={note} className="note-chip">
      {t(`notes.${note}`)}
    </span>
  ));
}
