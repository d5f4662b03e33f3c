// The speaker view: the time of a slide change in both windows, from the key press in one
// window until both have painted the new slide (the slide number changed, then the frame
// after it: requestAnimationFrame, then a task). The key goes to the audience's window and
// to the speaker's in turn; the two windows talk through a BroadcastChannel.
import { BASE, fmt, median, pct, report } from './common.mjs';

const CHANGES = 40;
const WARMUP = 6;
const TARGET_MS = 50;

/** Resolves (in the page) with the absolute time the frame after `expected` appeared in `selector` was done. */
function watch({ selector, pattern }) {
  const re = new RegExp(pattern);
  window.__painted = new Promise((resolve) => {
    const done = () => {
      const el = document.querySelector(selector);
      if (!el || !re.test(el.textContent ?? '')) return false;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.timeOrigin + performance.now()), 0));
      return true;
    };
    const observer = new MutationObserver(done);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    done();
  });
}

function press(key) {
  const t0 = performance.timeOrigin + performance.now();
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  return t0;
}

export async function benchSpeaker(browser) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
  try {
    const audience = await context.newPage();
    await audience.setViewportSize({ width: 1024, height: 768 });
    await audience.goto(`${BASE}?present=1&slide=1`);
    await audience.locator('.present-count').waitFor();
    const popup = context.waitForEvent('page');
    await audience.keyboard.press('s');
    const speaker = await popup;
    await speaker.locator('.speaker [data-peer="open"]').waitFor();
    // The notes read the report text: let it load before measuring.
    await speaker.locator('.speaker-notes').waitFor();
    await speaker.waitForLoadState('networkidle');

    const total = 14;
    const windows = [
      { page: audience, selector: '.present-count' },
      { page: speaker, selector: '.speaker-count' },
    ];
    let slide = 1;
    const times = [];
    const perWindow = { audience: [], speaker: [] };
    for (let i = 0; i < WARMUP + CHANGES; i++) {
      const forward = Math.floor(i / (total - 1)) % 2 === 0;
      const next = slide + (forward ? 1 : -1);
      const pattern = `(^|\\D)${next} / ${total}`;
      await Promise.all(windows.map(({ page, selector }) => page.evaluate(watch, { selector, pattern })));
      const sender = i % 2 === 0 ? audience : speaker;
      const t0 = await sender.evaluate(press, forward ? 'PageDown' : 'PageUp');
      const [a, s] = await Promise.all(windows.map(({ page }) => page.evaluate(() => window.__painted)));
      if (i >= WARMUP) {
        times.push(Math.max(a, s) - t0);
        perWindow.audience.push(a - t0);
        perWindow.speaker.push(s - t0);
      }
      slide = next;
    }
    console.log(
      `slide change in both windows (key → both painted; Chromium, audience 1024×768, speaker 1366×768, unthrottled; key sent to each window in turn): median ${fmt(median(times))}, p95 ${fmt(pct(times, 95))} over ${times.length} changes (target: < ${TARGET_MS} ms)`,
    );
    console.log(
      `  audience window painted: median ${fmt(median(perWindow.audience))}; speaker window painted: median ${fmt(median(perWindow.speaker))}`,
    );
    report('speaker view: slide change, both windows (median)', fmt(median(times)), `< ${TARGET_MS} ms`, median(times) < TARGET_MS);
  } finally {
    await context.close();
  }
}
