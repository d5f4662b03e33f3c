// Presenter mode: the time of a slide change, from the key press until the new slide's
// number and content are on screen (with layout), over 50 changes through every slide.
import { BASE, fmt, median, pct, report } from './common.mjs';

const CHANGES = 50;
const WARMUP = 13;

export async function benchSlides(browser) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${BASE}?present=1&slide=1`);
    await page.locator('.present-count').waitFor();
    const times = await page.evaluate(
      async ({ count }) => {
        const counter = () => document.querySelector('.present-count')?.textContent ?? '';
        const total = Number(/\/\s*(\d+)/.exec(counter())?.[1] ?? 0);
        const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));
        const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const results = [];
        let slide = Number(/(\d+)\s*\//.exec(counter())?.[1] ?? 1);
        for (let i = 0; i < count; i++) {
          // Forward through the deck, then back, like a presenter rehearsing.
          const forward = Math.floor(i / (total - 1)) % 2 === 0;
          const key = forward ? 'ArrowRight' : 'ArrowLeft';
          const expected = `${slide + (forward ? 1 : -1)} / ${total}`;
          const t0 = performance.now();
          window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
          while (!counter().includes(expected)) {
            if (performance.now() - t0 > 10_000) throw new Error(`slide never became ${expected}`);
            await macrotask();
          }
          const shown = performance.now();
          const beforeLayout = performance.now();
          void document.body.offsetHeight;
          results.push(shown - t0 + (performance.now() - beforeLayout));
          slide += forward ? 1 : -1;
          await nextFrame();
        }
        return results;
      },
      { count: WARMUP + CHANGES },
    );
    const measured = times.slice(WARMUP);
    console.log(
      `slide change (key → new slide on screen, with layout; Chromium at 1024×768, unthrottled): median ${fmt(median(measured))}, p95 ${fmt(pct(measured, 95))} over ${measured.length} changes (budget: 16 ms)`,
    );
    report('slide change (median)', fmt(median(measured)), '≤ 16 ms', median(measured) <= 16);
  } finally {
    await context.close();
  }
}
