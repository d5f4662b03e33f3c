import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { navigate, useSearch } from '../../shared/lib/urlState';
import { publicBase } from '../../shared/lib/publicBase';
import { QrCode } from '../../shared/components/QrCode';
import { SlideBody } from './SlideBody';
import { PresenterHelp } from './PresenterHelp';
import { autoAdvance, initialState, pressKey, type PresenterState } from './presenterKeys';
import { buildSlides, parseSlideNumber, slideUrl } from './slides';
import { PHONE_PORTRAIT, useStage } from './useStage';
import { leavePresenter, replaceWithSlideView } from './presenterHistory';
import { slideTitle } from './slideTitle';

export const AUTO_INTERVALS = [10, 20, 30, 60] as const;

/** Keys on a focused control (a button, a select) belong to that control, not to the slides. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, select, input, textarea, a, summary, [role="button"]') !== null;
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function PresenterMode({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const search = useSearch();
  const slides = useMemo(() => buildSlides(dataset), [dataset]);
  const [state, setState] = useState<PresenterState>(() => initialState(parseSlideNumber(new URLSearchParams(search).get('slide'), slides.length), slides.length));
  const [interval, setIntervalSeconds] = useState<number>(20);
  const stage = useStage();
  const unit = stage.unit;
  // Decided once, on opening: a phone held upright gets the view the slide's QR code opens.
  const [onPhone] = useState(() => window.matchMedia(PHONE_PORTRAIT).matches);
  const titleId = useId();
  const stageRef = useRef<HTMLDivElement>(null);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  // Leaving may go back in history, which lands a moment later: a second Esc must not go back twice.
  const leaving = useRef(false);
  const exit = useCallback(() => {
    if (leaving.current) return;
    leaving.current = true;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    leavePresenter();
  }, []);

  // The URL follows the slide, replacing history so Back leaves the presentation in one step.
  const urlSlide = new URLSearchParams(search).get('slide');
  useEffect(() => {
    if (urlSlide !== String(state.slide)) navigate({ slide: String(state.slide) }, { replace: true });
  }, [state.slide, urlSlide]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (leaving.current || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.key === ' ' || event.key === 'Enter') && isControl(event.target)) return;
      const result = pressKey(stateRef.current, event.key);
      if (!result.handled) return;
      event.preventDefault();
      setState(result.state);
      if (result.effect === 'exit') exit();
      if (result.effect === 'fullscreen') toggleFullscreen();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [exit]);

  // Auto-advance restarts its clock on every slide change, and waits while the screen is black or white.
  useEffect(() => {
    if (!state.auto || state.blackout) return;
    const timer = window.setTimeout(() => setState(autoAdvance), interval * 1000);
    return () => window.clearTimeout(timer);
  }, [state.auto, state.slide, state.blackout, interval]);

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
  const go = (n: number) => setState((s) => ({ ...s, slide: Math.min(Math.max(n, 1), s.total), blackout: null, digits: '' }));

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
            <figure className="present-qr">
              <QrCode text={link} label={t('present.qrLabel', { url: link })} />
              <figcaption>{t('present.qrCaption')}</figcaption>
            </figure>
          )}
        </aside>
      </div>

      <div className="present-bar">
        <p className="present-count" aria-live="polite">
          <span className="visually-hidden">{t('present.slideLabel')} </span>
          {state.slide} / {state.total}
          {state.digits && <span className="present-digits"> → {state.digits}</span>}
        </p>
        <div className="present-controls">
          <button type="button" className="button button-quiet" onClick={() => go(state.slide - 1)} disabled={state.slide === 1}>
            {t('present.previous')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => go(state.slide + 1)} disabled={state.slide === state.total}>
            {t('present.next')}
          </button>
          <button type="button" className="button button-quiet" aria-pressed={state.auto} onClick={() => setState((s) => ({ ...s, auto: !s.auto }))}>
            {state.auto ? t('present.autoOn', { seconds: interval }) : t('present.autoOff')}
          </button>
          <label className="present-interval">
            <span>{t('present.interval')}</span>
            <select value={interval} onChange={(event) => setIntervalSeconds(Number(event.target.value))}>
              {AUTO_INTERVALS.map((seconds) => (
                <option key={seconds} value={seconds}>
                  {t('present.seconds', { seconds })}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button-quiet" onClick={() => setState((s) => ({ ...s, help: true }))}>
            {t('present.keys')}
          </button>
          <button type="button" className="button" onClick={exit}>
            {t('present.exit')}
          </button>
        </div>
        {state.auto && <div key={`${state.slide}-${interval}`} className="present-progress" style={{ animationDuration: `${interval}s` }} aria-hidden="true" />}
      </div>

      {state.blackout && <div className={`present-blackout present-blackout-${state.blackout}`} role="presentation" data-blackout={state.blackout} />}
      {state.help && <PresenterHelp onClose={() => setState((s) => ({ ...s, help: false }))} />}
    </main>
  );
}
