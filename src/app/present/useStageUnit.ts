import { useEffect, useState } from 'react';

/**
 * Slides are laid out on a canvas of at least 1280 × 800 units; one unit is
 * this many CSS pixels. A 4:3 screen gives the canvas more height, a 16:10 or
 * 16:9 screen a little more width.
 */
export const STAGE_WIDTH = 1280;
export const STAGE_HEIGHT = 800;

function measure(): number {
  return Math.min(window.innerWidth / STAGE_WIDTH, window.innerHeight / STAGE_HEIGHT);
}

/**
 * The size of one stage unit, following the window: 0.8 px at 1024 × 768,
 * 0.9 px at 1280 × 720, 1.35 px at 1920 × 1080. Text set at 24 units or more
 * is therefore never under 18 px on a 1024 × 768 projector (19.2 px).
 */
export function useStageUnit(): number {
  const [unit, setUnit] = useState(measure);
  useEffect(() => {
    const onResize = () => setUnit(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return unit;
}
