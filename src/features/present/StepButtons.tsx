import { useTranslation } from 'react-i18next';

/** Previous and next slide, in both windows; `strongNext` gives the speaker's next button the weight of the main action. */
export function StepButtons({
  slide,
  total,
  go,
  strongNext = false,
}: {
  slide: number;
  total: number;
  go: (n: number) => void;
  strongNext?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button-quiet" onClick={() => go(slide - 1)} disabled={slide === 1}>
        {t('present.previous')}
      </button>
      <button
        type="button"
        className={strongNext ? 'button' : 'button button-quiet'}
        onClick={() => go(slide + 1)}
        disabled={slide === total}
      >
        {t('present.next')}
      </button>
    </>
  );
}
