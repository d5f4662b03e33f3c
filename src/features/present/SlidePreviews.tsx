import { useDeferredValue, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Dataset } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import type { Blackout } from './presenterKeys';
import { SlidePreview } from './SlidePreview';
import type { Slide } from './slides';
import { STAGE_HEIGHT } from './useStage';

interface Slot {
  x: number;
  y: number;
  width: number;
}

/** Where a frame stands within the previews' container, in CSS pixels (inside its 1 px border). */
function slotOf(frame: HTMLElement | null, container: HTMLElement | null): Slot | null {
  if (!frame || !container) return null;
  const f = frame.getBoundingClientRect();
  const c = container.getBoundingClientRect();
  return { x: f.left - c.left + frame.clientLeft, y: f.top - c.top + frame.clientTop, width: frame.clientWidth };
}

interface Props {
  slides: Slide[];
  titles: string[];
  /** 1-based. */
  current: number;
  dataset: Dataset;
  lang: Lang;
  stageWidth: number;
  qr: boolean;
  blackout: Blackout;
  currentFrame: RefObject<HTMLDivElement | null>;
  nextFrame: RefObject<HTMLDivElement | null>;
  /** Changes whenever the frames may have moved (the window's size, the stage's shape). */
  layoutKey: string;
}

/**
 * The current and next slides, drawn over their frames. The slide before, the current one
 * and the next stay rendered (the one before hidden), each under its own key in one list, so
 * a step forward or back only moves pictures already drawn: the speaker's window paints the
 * new slide as fast as the audience's. The ones that become needed render a moment later.
 */
export function SlidePreviews({
  slides,
  titles,
  current,
  dataset,
  lang,
  stageWidth,
  qr,
  blackout,
  currentFrame,
  nextFrame,
  layoutKey,
}: Props) {
  // Measured against this layer's own box: its parent's ref is not yet set when a child's layout effect runs.
  const container = useRef<HTMLDivElement>(null);
  const settled = useDeferredValue(current);
  const [slots, setSlots] = useState<{ current: Slot | null; next: Slot | null }>({ current: null, next: null });
  const measured = useRef('');
  useLayoutEffect(() => {
    const measure = () =>
      setSlots({ current: slotOf(currentFrame.current, container.current), next: slotOf(nextFrame.current, container.current) });
    if (measured.current !== layoutKey) {
      measured.current = layoutKey;
      measure();
    }
    const observer = new ResizeObserver(measure);
    if (container.current) observer.observe(container.current);
    return () => observer.disconnect();
  }, [layoutKey, currentFrame, nextFrame]);

  const shown = new Set([current, settled - 1, settled, settled + 1].filter((n) => n >= 1 && n <= slides.length));
  return (
    <div ref={container} className="speaker-stages">
      {[...shown]
        .sort((a, b) => a - b)
        .flatMap((n) => {
          const slide = slides[n - 1];
          if (!slide) return [];
          const slot = n === current ? slots.current : n === current + 1 ? slots.next : null;
          const scale = slot ? slot.width / stageWidth : 0;
          return (
            <div
              key={slide.id}
              className="speaker-stage-holder"
              data-role={n === current ? 'current' : n === current + 1 ? 'next' : 'held'}
              style={slot ? { transform: `translate(${slot.x}px, ${slot.y}px) scale(${scale})` } : { visibility: 'hidden' }}
            >
              <SlidePreview
                slide={slide}
                dataset={dataset}
                lang={lang}
                title={titles[n - 1] ?? ''}
                stageWidth={stageWidth}
                qr={qr}
                count={`${n} / ${slides.length}`}
              />
              {n === current && blackout && (
                <div
                  className={`speaker-preview-blackout present-blackout-${blackout}`}
                  style={{ width: stageWidth, height: STAGE_HEIGHT }}
                />
              )}
            </div>
          );
        })}
    </div>
  );
}
