// Switching language on the overview: from the click on the header's toggle until the GDP
// tile shows the other language's figure (plus the layout it needs), in the page.
import { BASE, DESKTOP, GDP_TEXT, GDP_VALUE, TOGGLE_NAMES, fmt, median, pct, report } from './common.mjs';

const SWITCHES = 20;
const WARMUP = 2;

export async function benchLanguage(browser) {
  const context = await browser.newContext({ ...DESKTOP, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(BASE);
    await page.locator(GDP_VALUE).filter({ hasText: GDP_TEXT.zh }).waitFor();
    // The prerendered page looks ready before it is: wait until React has hydrated it.
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    const switches = await page.evaluate(
      async ({ selector, text, names, count }) => {
        const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));
        const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const accessibleName = (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
        const toggle = () => [...document.querySelectorAll('header button')].find((b) => names.includes(accessibleName(b)));
        const results = [];
        for (let i = 0; i < count; i++) {
          const button = toggle();
          if (!button) throw new Error(`No header button named ${names.map((n) => `"${n}"`).join(' or ')}`);
          const to = document.querySelector(selector)?.textContent?.includes(text.zh) ? 'en' : 'zh';
          let shown = 0;
          const check = () => {
            if (!shown && document.querySelector(selector)?.textContent?.includes(text[to])) shown = performance.now();
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          const t0 = performance.now();
          button.click();
          check();
          while (!shown) {
            if (performance.now() - t0 > 10_000) throw new Error(`The GDP tile never showed "${text[to]}"`);
            await macrotask();
          }
          observer.disconnect();
          const beforeLayout = performance.now();
          void document.body.offsetHeight;
          const layout = performance.now() - beforeLayout;
          results.push({ to, ms: shown - t0 + layout, layout });
          await nextFrame();
        }
        return results;
      },
      { selector: GDP_VALUE, text: GDP_TEXT, names: TOGGLE_NAMES, count: WARMUP + SWITCHES },
    );
    const measured = switches.slice(WARMUP);
    const all = measured.map((s) => s.ms);
    const dir = (to) => measured.filter((s) => s.to === to).map((s) => s.ms);
    console.log(
      `language switch (click → GDP tile in the other language, with layout; Chromium, unthrottled): median ${fmt(median(all))}, p95 ${fmt(pct(all, 95))} over ${all.length} switches ` +
        `(zh→en median ${fmt(median(dir('en')))}, en→zh median ${fmt(median(dir('zh')))}; of which layout: median ${fmt(median(measured.map((s) => s.layout)))})`,
    );
    report('language switch (median)', fmt(median(all)));
  } finally {
    await context.close();
  }
}
