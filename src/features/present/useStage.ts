import { useEffect, useState } from 'react';

/**
 * Slides are laid out on a canvas 768 units high and at least 1024 wide; one
 * unit is this many CSS pixels. Type is thus the same share of the screen's
 * height on every projector, and a 16:9 screen gives the canvas more width
 * (1365 units), which the slides use for a second column.
 */
export const STAGE_WIDTH = 1024;
export const STAGE_HEIGHT = 768;

/** A phone held upright: a slide would set its type at a third of its size. */
export const PHONE_PORTRAIT = '(max-width: 600px) and (orientation: portrait)';

export interface Stage {
  /** CSS pixels per unit. */
  unit: number;
  /** The window's width in units: 1024 on a 4:3 screen, 1229 on a 16:10 one, 1365 on a 16:9 one. */
  width: number;
  /** Room for figures side by side (16:9), rather than one under another (4:3, 16:10). */
  wide: boolean;
}

function measure(): Stage {
  const unit = Math.min(window.innerWidth / STAGE_WIDTH, window.innerHeight / STAGE_HEIGHT);
  const width = window.innerWidth / unit;
  return { unit, width, wide: width >= 1300 };
}

/**
 * The size of one stage unit, following the window: 1 px at 1024 × 768,
 * 0.94 px at 1280 × 720, 1.41 px at 1920 × 1080. Slide text is set at
 * 24 units or more, so never under 24 px on a 1024 × 768 projector.
 */
export function useStage(): Stage {
  return useWindowMeasure(measure);
}

/** What `measure` reads from the window, measured again whenever the window is resized. */
export function useWindowMeasure<T>(measure: () => T): T {
  const [value, setValue] = useState(measure);
  useEffect(() => {
    const onResize = () => setValue(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [measure]);
  return value;
}
