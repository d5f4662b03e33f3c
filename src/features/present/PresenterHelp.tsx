import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const KEYS = [
  ['→ ↓ PageDown Space Enter', 'present.helpNext'],
  ['← ↑ PageUp Backspace', 'present.helpPrevious'],
  ['Home / End', 'present.helpEnds'],
  ['1 2 … Enter', 'present.helpJump'],
  ['B  .', 'present.helpBlack'],
  ['W  ,', 'present.helpWhite'],
  ['F', 'present.helpFullscreen'],
  ['P', 'present.helpAuto'],
  ['Q', 'present.helpQr'],
  ['?', 'present.helpHelp'],
  ['Esc', 'present.helpExit'],
] as const;

/** The keys, in a modal dialog that Escape, ? or the button closes. */
export function PresenterHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => previous?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="present-help" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('present.keysTitle')}</h2>
      <table>
        <tbody>
          {KEYS.map(([keys, label]) => (
            <tr key={label}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button ref={closeRef} type="button" className="button" onClick={onClose}>
        {t('present.close')}
      </button>
    </div>
  );
}
