import { useTranslation } from 'react-i18next';
import { AUTO_INTERVALS } from './presentControls';
import { NumberSelect } from './NumberSelect';

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
    <NumberSelect
      className={className}
      label={t('present.interval')}
      value={interval}
      options={AUTO_INTERVALS}
      optionLabel={(seconds) => t('present.seconds', { seconds })}
      onChange={onChange}
    />
  );
}
