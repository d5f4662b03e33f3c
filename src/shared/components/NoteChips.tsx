import { useTranslation } from 'react-i18next';
import type { CitedNoteCode } from '../dataset/schema';
import { CITED_NOTE_KEYS } from '../dataset/docLabels';

/** A value's notes (预计数, 同口径, 累计; a later document's 初步核算, 年末…) as chips after the figure; nothing when it has none. */
export function NoteChips({ notes }: { notes: readonly CitedNoteCode[] | undefined }) {
  const { t } = useTranslation();
  if (!notes || notes.length === 0) return null;
  return notes.map((note) => (
    <span key={note} className="note-chip">
      {t(CITED_NOTE_KEYS[note])}
    </span>
  ));
}
