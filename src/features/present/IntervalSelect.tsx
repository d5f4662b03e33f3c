import { useTranslation } from 'react-i18next';
import { AUTO_INTERVALS } from './presentControls';

/** How long auto-advance stays on a slide: the same choice in the audience's bar and the speaker view. */
export function IntervalSelect({
  interval,
  onChange,
  className,
}: {
  interval: number;
  onChange: (seconds: number) => void;
  className: string;
}) {
  const { t } = useTranslation();
  return (
    <label className={className}>
      <span>{t('present.interval')}</span>
      <select value={interval} onChange={(event) => onChange(Number(event.target.value))}>
        {AUTO_INTERVALS.map((seconds) => (
          <option key={seconds} value={seconds}>
            {t('present.seconds', { seconds })}
          </option>
        ))}
      </select>
    </label>
  );
}
