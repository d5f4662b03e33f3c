import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import type { Dataset } from '../../shared/dataset/schema';
import { reportTextQuery } from '../../shared/dataset/queries';
import { LANG_TAGS, type Lang } from '../../shared/i18n/lang';
import { useAppUrl } from '../../shared/lib/urlState';
import { PresenterHelp, type HelpKeys } from './PresenterHelp';
import { PopupBlocked } from './PopupBlocked';
import { SlidePreviews } from './SlidePreviews';
import { STAGE_HEIGHT, useWindowMeasure } from './useStage';
import { SpeakerNotes } from './SpeakerNotes';
import type { Effect } from './presenterKeys';
import { buildSlides, parseSlideNumber, type SlideKind } from './slides';
import { slideNotes } from './speakerNotes';
import {
  BUDGET_MINUTES,
  DEFAULT_BUDGET_MINUTES,
  STOPPED,
  elapsed,
  formatDuration,
  pace,
  slideBudget,
  startStop,
  type Stopwatch,
} from './speakerTimer';
import { slideTitle } from './slideTitle';
import { usePresentationSync } from './usePresentationSync';
import { useSecondWindow } from './speakerWindow';
import { toggleFullscreen } from './presentControls';
import { IntervalSelect } from './IntervalSelect';
import { NumberSelect } from './NumberSelect';
import { StepButtons } from './StepButtons';
import './speaker.css';

/** A slide may add a short note of its own, from the locale files; the rest is the dataset's. */
const AUTHORED: Partial<Record<SlideKind, ParseKeys>> = {
  title: 'speaker.authored.title',
  clusters: 'speaker.authored.clusters',
  zones: 'speaker.authored.zones',
  outcomes: 'speaker.authored.outcomes',
  closing: 'speaker.authored.closing',
};

const SPEAKER_KEYS: HelpKeys = [
  ['→ ↓ PageDown Space Enter', 'present.helpNext'],
  ['← ↑ PageUp Backspace', 'present.helpPrevious'],
  ['Home / End', 'present.helpEnds'],
  ['1 2 … Enter', 'present.helpJump'],
  ['B  .', 'speaker.helpBlack'],
  ['W  ,', 'speaker.helpWhite'],
  ['P', 'present.helpAuto'],
  ['Q', 'present.helpQr'],
  ['T', 'speaker.helpTimer'],
  ['R', 'speaker.helpReset'],
  ['F', 'present.helpFullscreen'],
  ['?', 'present.helpHelp'],
];

/** The speaker's layout is drawn in units of 1 px at 1366 × 768 (--s), so it fills any laptop screen the same way. */
const LAYOUT_WIDTH = 1366;
const LAYOUT_HEIGHT = 768;
const CURRENT_WIDTH = 452;
const NEXT_WIDTH = 280;

const viewportScale = () => Math.min(window.innerWidth / LAYOUT_WIDTH, window.innerHeight / LAYOUT_HEIGHT);

/** Re-renders every second, for the clock and the timer. */
function useNow(): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(performance.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  return now;
}

/**
 * The speaker's own window (`?present=1&speaker=1&slide=N`): the slide as projected and the
 * next one, small; the report's sentences behind the slide's figures; the time. It moves the
 * audience's window and follows it (usePresentationSync); blackout and auto-advance act on
 * the audience's window and show here as a status.
 */
export function SpeakerView({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const url = useAppUrl();
  const slides = useMemo(() => buildSlides(dataset), [dataset]);
  const [initialSlide] = useState(() => parseSlideNumber(url.slide === null ? null : String(url.slide), slides.length));
  const report = useQuery(reportTextQuery);
  const scale = useWindowMeasure(viewportScale);
  const mainRef = useRef<HTMLElement>(null);

  const onEffect = useCallback((effect: Exclude<Effect, null>) => {
    // Esc and S belong to the audience's window: the speaker's stays open until closed.
    if (effect === 'fullscreen') toggleFullscreen();
  }, []);
  const { state, interval, peer, update, setInterval } = usePresentationSync({
    role: 'speaker',
    total: slides.length,
    initialSlide,
    stageWidth: null,
    onEffect,
  });
  const second = useSecondWindow('audience', peer.present, state.slide, lang);
  const { open: openAudience } = second;

  // The stopwatch, and where on it the current slide began.
  const now = useNow();
  const [watch, setWatch] = useState<Stopwatch>(STOPPED);
  const [slideStart, setSlideStart] = useState(0);
  const [rehearsal, setRehearsal] = useState(false);
  const [budgetMinutes, setBudgetMinutes] = useState<number>(DEFAULT_BUDGET_MINUTES);
  const watchRef = useRef(watch);
  useEffect(() => {
    watchRef.current = watch;
  }, [watch]);
  useEffect(() => {
    setSlideStart(elapsed(watchRef.current, performance.now()));
  }, [state.slide]);
  const toggleTimer = useCallback(() => setWatch((w) => startStop(w, performance.now())), []);
  const resetTimer = useCallback(() => {
    setWatch(STOPPED);
    setSlideStart(0);
  }, []);

  // The speaker's own keys: T starts or pauses the timer, R resets it.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || state.help) return;
      if (event.target instanceof HTMLElement && event.target.closest('input, select, textarea')) return;
      if (event.key === 't' || event.key === 'T') toggleTimer();
      else if (event.key === 'r' || event.key === 'R') resetTimer();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [state.help, toggleTimer, resetTimer]);

  const slide = slides[state.slide - 1] ?? slides[0];
  const next = slides[state.slide];
  const titles = useMemo(() => slides.map((s) => slideTitle(s, dataset, lang, t)), [slides, dataset, lang, t]);
  const title = titles[state.slide - 1] ?? '';
  const nextTitle = titles[state.slide] ?? '';
  const currentFrame = useRef<HTMLDivElement>(null);
  const nextFrame = useRef<HTMLDivElement>(null);
  // Every slide's notes at once, when the report text arrives: a slide change then only looks them up
  // (each note reads its sentence from the whole report text, too slow to do between key and paint).
  const allNotes = useMemo(() => slides.map((s) => slideNotes(s, dataset, report.data ?? null)), [slides, dataset, report.data]);
  const notes = allNotes[state.slide - 1] ?? [];

  // Its own title, so it is never mistaken for the audience's window.
  useEffect(() => {
    document.title = t('speaker.documentTitle', { n: state.slide, total: state.total, title, app: t('app.documentTitle') });
  }, [state.slide, state.total, title, t]);

  useEffect(() => mainRef.current?.focus({ preventScroll: true }), []);

  if (!slide) return null;
  const stageWidth = peer.stageWidth ?? 1024;
  const total = elapsed(watch, now);
  const onSlide = Math.max(0, total - slideStart);
  const budget = slideBudget(budgetMinutes, slides.length);
  const slidePace = pace(onSlide, budget);
  const authored = AUTHORED[slide.kind];
  const go = (n: number) => update((s) => ({ ...s, slide: Math.min(Math.max(n, 1), s.total), blackout: null, digits: '' }));
  const clock = new Date().toLocaleTimeString(LANG_TAGS[lang], { hour: '2-digit', minute: '2-digit' });
  const screen =
    state.blackout === 'black'
      ? t('speaker.screenBlack')
      : state.blackout === 'white'
        ? t('speaker.screenWhite')
        : t('speaker.screenSlide');

  return (
    <main ref={mainRef} tabIndex={-1} className="speaker" style={{ '--s': `${scale}px` } as CSSProperties} data-slide={slide.id}>
      <header className="speaker-top">
        <h1 className="speaker-heading">
          {t('speaker.heading')}
          <span className="speaker-count" aria-live="polite">
            <span className="visually-hidden">{t('present.slideLabel')} </span>
            {state.slide} / {state.total}
            {state.digits && <span className="present-digits"> → {state.digits}</span>}
          </span>
        </h1>
        <ul className="speaker-status" aria-label={t('speaker.statusLabel')}>
          <li className={peer.present ? 'speaker-chip' : 'speaker-chip speaker-chip-alert'} data-peer={peer.present ? 'open' : 'closed'}>
            {peer.present ? t('speaker.audienceOpen') : t('speaker.audienceClosed')}
          </li>
          <li className={state.blackout ? 'speaker-chip speaker-chip-alert' : 'speaker-chip'} data-screen={state.blackout ?? 'slide'}>
            {screen}
          </li>
          {state.auto && (
            <li className="speaker-chip speaker-chip-alert" data-auto="on">
              {t('present.autoOn', { seconds: interval })}
            </li>
          )}
          {!peer.present && (
            <li>
              <button type="button" className="button button-quiet" onClick={openAudience}>
                {t('speaker.openAudience')}
              </button>
            </li>
          )}
        </ul>
        <p className="speaker-clock">
          <span className="speaker-time-label">{t('speaker.clock')}</span>
          <time>{clock}</time>
        </p>
      </header>

      <section className="speaker-slides" aria-label={t('speaker.slidesLabel')}>
        <figure className="speaker-current">
          <figcaption>
            {t('speaker.now', { n: state.slide, total: state.total })} · {title}
          </figcaption>
          <div
            ref={currentFrame}
            className="speaker-frame"
            style={{ width: CURRENT_WIDTH * scale, height: (STAGE_HEIGHT * CURRENT_WIDTH * scale) / stageWidth }}
          />
        </figure>
        <div className="speaker-lower">
          <figure className="speaker-next">
            <figcaption>{next ? `${t('speaker.next', { n: state.slide + 1 })} · ${nextTitle}` : t('speaker.end')}</figcaption>
            <div
              ref={nextFrame}
              className="speaker-frame"
              style={{
                width: NEXT_WIDTH * scale,
                height: (STAGE_HEIGHT * NEXT_WIDTH * scale) / stageWidth,
                visibility: next ? undefined : 'hidden',
              }}
            />
          </figure>
          <div className="speaker-timer-block" role="group" aria-label={t('speaker.timerGroup')}>
            <p className="speaker-timer" data-running={watch.running}>
              <span className="speaker-time-label">{t('speaker.elapsed')}</span>
              <span className="speaker-timer-value" role="timer">
                {formatDuration(total)}
              </span>
            </p>
            <div className="speaker-timer-buttons">
              <button type="button" className="button" aria-pressed={watch.running} onClick={toggleTimer}>
                {watch.running ? t('speaker.pause') : total > 0 ? t('speaker.resume') : t('speaker.start')}
              </button>
              <button type="button" className="button button-quiet" onClick={resetTimer} disabled={total === 0}>
                {t('speaker.reset')}
              </button>
            </div>
            {rehearsal && (
              <p className={`speaker-pace speaker-pace-${slidePace.pace}`} data-pace={slidePace.pace}>
                {t('speaker.onSlide', { time: formatDuration(onSlide), budget: formatDuration(budget) })}
                {slidePace.pace === 'over' && <span> · {t('speaker.over', { time: formatDuration(slidePace.over) })}</span>}
              </p>
            )}
          </div>
        </div>
        <SlidePreviews
          slides={slides}
          titles={titles}
          current={state.slide}
          dataset={dataset}
          lang={lang}
          stageWidth={stageWidth}
          qr={state.qr}
          blackout={state.blackout}
          currentFrame={currentFrame}
          nextFrame={nextFrame}
          layoutKey={`${scale}-${stageWidth}-${lang}`}
        />
      </section>

      <section className="speaker-notes" aria-labelledby="speaker-notes-heading">
        <h2 id="speaker-notes-heading" className="speaker-notes-heading">
          {t('speaker.notesHeading')}
        </h2>
        {authored && <p className="speaker-authored">{t(authored)}</p>}
        {notes.length > 0 ? (
          <SpeakerNotes notes={notes} lang={lang} />
        ) : (
          !authored && <p className="speaker-authored">{t('speaker.noFigures')}</p>
        )}
      </section>

      <div className="speaker-bar">
        <div className="speaker-group" role="group" aria-label={t('speaker.slidesGroup')}>
          <StepButtons slide={state.slide} total={state.total} go={go} strongNext />
          <button
            type="button"
            className="button button-quiet"
            aria-pressed={state.blackout === 'black'}
            onClick={() => update((s) => ({ ...s, blackout: s.blackout === 'black' ? null : 'black', digits: '' }))}
          >
            {t('speaker.black')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-pressed={state.blackout === 'white'}
            onClick={() => update((s) => ({ ...s, blackout: s.blackout === 'white' ? null : 'white', digits: '' }))}
          >
            {t('speaker.white')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-pressed={state.auto}
            onClick={() => update((s) => ({ ...s, auto: !s.auto }))}
          >
            {t('present.autoOff')}
          </button>
          <IntervalSelect className="speaker-select" interval={interval} onChange={setInterval} />
        </div>
        <div className="speaker-group" role="group" aria-label={t('speaker.rehearsalGroup')}>
          <label className="speaker-check">
            <input type="checkbox" checked={rehearsal} onChange={(event) => setRehearsal(event.target.checked)} />
            <span>{t('speaker.rehearsal')}</span>
          </label>
          {rehearsal && (
            <NumberSelect
              className="speaker-select"
              label={t('speaker.budget')}
              value={budgetMinutes}
              options={BUDGET_MINUTES}
              optionLabel={(minutes) => t('speaker.minutes', { minutes })}
              onChange={setBudgetMinutes}
            />
          )}
          <button type="button" className="button button-quiet" onClick={() => update((s) => ({ ...s, help: true }))}>
            {t('present.keys')}
          </button>
        </div>
        {second.blocked && <PopupBlocked audience onDismiss={second.dismiss} />}
      </div>

      {state.help && <PresenterHelp keys={SPEAKER_KEYS} onClose={() => update((s) => ({ ...s, help: false }))} />}
    </main>
  );
}
