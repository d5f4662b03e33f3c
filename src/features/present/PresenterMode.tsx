import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { useAppUrl } from '../../shared/lib/urlState';
import { publicBase } from '../../shared/lib/publicBase';
import { QrFigure } from '../../shared/components/QrCode';
import { SlideBody } from './SlideBody';
import { PresenterHelp } from './PresenterHelp';
import type { Effect } from './presenterKeys';
import { buildSlides, parseSlideNumber, slideUrl } from './slides';
import { PHONE_PORTRAIT, useStage } from './useStage';
import { leavePresenter, replaceWithSlideView } from './presenterHistory';
import { slideTitle } from './slideTitle';
import { usePresentationSync } from './usePresentationSync';
import { useSecondWindow } from './speakerWindow';
import { PopupBlocked } from './PopupBlocked';
import { toggleFullscreen } from './presentControls';
import { IntervalSelect } from './IntervalSelect';
import { StepButtons } from './StepButtons';

export function PresenterMode({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const url = useAppUrl();
  const slides = useMemo(() => buildSlides(dataset), [dataset]);
  const [initialSlide] = useState(() => parseSlideNumber(url.slide === null ? null : String(url.slide), slides.length));
  const stage = useStage();
  const unit = stage.unit;
  // Decided once, on opening: a phone held upright gets the view the slide's QR code opens.
  const [onPhone] = useState(() => window.matchMedia(PHONE_PORTRAIT).matches);
  const titleId = useId();
  const stageRef = useRef<HTMLDivElement>(null);

  // Leaving may go back in history, which lands a moment later: a second Esc must not go back twice.
  const leaving = useRef(false);
  const exit = useCallback(() => {
    if (leaving.current) return;
    leaving.current = true;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    leavePresenter();
  }, []);

  // The key's effect opens the speaker view; what opens it depends on the link between the windows, made below.
  const openSpeakerRef = useRef(() => {});

  const onEffect = useCallback(
    (effect: Exclude<Effect, null>) => {
      if (effect === 'exit') exit();
      if (effect === 'fullscreen') toggleFullscreen();
      if (effect === 'speaker') openSpeakerRef.current();
    },
    [exit],
  );
  const { state, interval, peer, update, setInterval } = usePresentationSync({
    role: 'audience',
    total: slides.length,
    initialSlide,
    stageWidth: Math.round(stage.width),
    onEffect,
    paused: () => leaving.current,
  });
  const second = useSecondWindow('speaker', peer.present, state.slide, lang);
  const { open: openSpeaker } = second;
  useEffect(() => {
    openSpeakerRef.current = openSpeaker;
  }, [openSpeaker]);

  const slide = slides[state.slide - 1] ?? slides[0];
  const title = slide ? slideTitle(slide, dataset, lang, t) : '';
  // The page's title names the slide (the app's own title effect stands aside while presenting).
  useEffect(() => {
    document.title = t('present.documentTitle', { n: state.slide, total: state.total, title, app: t('app.documentTitle') });
  }, [state.slide, state.total, title, t]);

  useEffect(() => {
    if (onPhone && slide) replaceWithSlideView(slide.link);
  }, [onPhone, slide]);

  // Keyboard focus starts on the stage, so clicker keys work at once.
  useEffect(() => stageRef.current?.focus({ preventScroll: true }), []);

  if (!slide || onPhone) return null;
  const link = slideUrl(publicBase(), slide, lang);
  const go = (n: number) => update((s) => ({ ...s, slide: Math.min(Math.max(n, 1), s.total), blackout: null, digits: '' }));

  return (
    <main className={`present${stage.wide ? ' present-wide' : ''}`} style={{ '--u': `${unit}px` } as CSSProperties} data-slide={slide.id}>
      <div
        ref={stageRef}
        className={`present-stage present-${slide.kind}`}
        tabIndex={-1}
        role="region"
        aria-roledescription={t('present.slideRole')}
        aria-labelledby={titleId}
      >
        <div className="slide-content">
          <SlideBody slide={slide} dataset={dataset} lang={lang} stage={stage} title={title} titleId={titleId} />
        </div>
        {/* The QR code keeps its own column, so it never covers a figure. */}
        <aside className="present-qr-column">
          {state.qr && (
            <QrFigure className="present-qr" text={link} label={t('present.qrLabel', { url: link })} caption={t('present.qrCaption')} />
          )}
        </aside>
      </div>

      <div className="present-bar">
        <p className="present-count" aria-live="polite">
          <span className="visually-hidden">{t('present.slideLabel')} </span>
          {state.slide} / {state.total}
          {state.digits && <span className="present-digits"> → {state.digits}</span>}
        </p>
        {second.blocked && <PopupBlocked onDismiss={second.dismiss} />}
        <div className="present-controls">
          <StepButtons slide={state.slide} total={state.total} go={go} />
          <button
            type="button"
            className="button button-quiet"
            aria-pressed={state.auto}
            onClick={() => update((s) => ({ ...s, auto: !s.auto }))}
          >
            {state.auto ? t('present.autoOn', { seconds: interval }) : t('present.autoOff')}
          </button>
          <IntervalSelect className="present-interval" interval={interval} onChange={setInterval} />
          <button type="button" className="button button-quiet" onClick={openSpeaker}>
            {t('speaker.open')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => update((s) => ({ ...s, help: true }))}>
            {t('present.keys')}
          </button>
          <button type="button" className="button" onClick={exit}>
            {t('present.exit')}
          </button>
        </div>
        {state.auto && (
          <div
            key={`${state.slide}-${interval}`}
            className="present-progress"
            style={{ animationDuration: `${interval}s` }}
            aria-hidden="true"
          />
        )}
      </div>

      {state.blackout && (
        <div className={`present-blackout present-blackout-${state.blackout}`} role="presentation" data-blackout={state.blackout} />
      )}
      {state.help && <PresenterHelp onClose={() => update((s) => ({ ...s, help: false }))} />}
    </main>
  );
}
