import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './presentControls.css';
import type { ParseKeys } from 'i18next';

export type HelpKeys = readonly (readonly [string, ParseKeys])[];

const KEYS: HelpKeys = [
  ['→ ↓ PageDown Space Enter', 'present.helpNext'],
  ['← ↑ PageUp Backspace', 'present.helpPrevious'],
  ['Home / End', 'present.helpEnds'],
  ['1 2 … Enter', 'present.helpJump'],
  ['B  .', 'present.helpBlack'],
  ['W  ,', 'present.helpWhite'],
  ['F', 'present.helpFullscreen'],
  ['P', 'present.helpAuto'],
  ['Q', 'present.helpQr'],
  ['S', 'speaker.helpSpeaker'],
  ['?', 'present.helpHelp'],
  ['Esc', 'present.helpExit'],
];

/**
 * The keys, in a native modal dialog (showModal: the rest of the page is inert and focus
 * stays inside). Escape, ? or the button closes it, and focus returns where it was.
 * The speaker view passes its own list.
 */
export function PresenterHelp({ onClose, keys = KEYS }: { onClose: () => void; keys?: HelpKeys }) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    const previous = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    closeRef.current?.focus();
    return () => {
      if (dialog?.open) dialog.close();
      previous?.focus({ preventScroll: true });
    };
  }, []);
  return (
    // The dialog's own Escape (cancel) closes it through onClose, like the presenter's keys do.
    <dialog
      ref={dialogRef}
      className="present-help"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('present.keysTitle')}</h2>
      <table>
        <tbody>
          {keys.map(([label, key]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{label}</kbd>
              </th>
              <td>{t(key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button ref={closeRef} type="button" className="button" onClick={onClose}>
        {t('present.close')}
      </button>
    </dialog>
  );
}
