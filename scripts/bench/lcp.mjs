// LCP of the first view (the overview, Chinese) against its static floor: the same view
// saved as HTML with its CSS and no JavaScript, served by the same server. Both load under
// one throttled profile, alternately, each in a fresh browser context.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, GDP_VALUE, ROOT, MOBILE, fmtMs, median, report, staticCopy } from './common.mjs';

const PAIRS = Math.max(7, Number(process.env.BENCH_LCP_PAIRS ?? 9));
const SETTLE_MS = 1000;
const TARGET_RATIO = 1.25;
export const THROTTLE = { cpuSlowdown: 4, rttMs: 150, downKbps: 1600, upKbps: 750 };

const FLOOR_DIR = join(ROOT, '__floor');
const FLOOR_URL = `${BASE}__floor/index.html`;

/**
 * Renders the overview in the built app and saves it without JavaScript: every <script>
 * and script preload removed, every same-origin link and source made root-relative (the
 * floor lives one folder down) so that it loads the very same CSS files over the network (or,
 * as the build inlines the stylesheet, carries the same <style>).
 */
async function writeFloor(browser) {
  const context = await browser.newContext({ ...MOBILE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(BASE, { waitUntil: 'networkidle' });
    await page.locator(GDP_VALUE).waitFor();
    await page.evaluate(() => document.fonts.ready);
    const { html, stylesheets, removed } = await page.evaluate(
      staticCopy,
      'script, link[rel="modulepreload"], link[rel="preload"][as="script"]',
    );
    if (stylesheets.length === 0) throw new Error('The rendered overview has no stylesheet: the floor would be unstyled.');
    mkdirSync(FLOOR_DIR, { recursive: true });
    writeFileSync(join(FLOOR_DIR, 'index.html'), html);
    console.log(
      `floor: /__floor/index.html in the served copy, ${(html.length / 1024).toFixed(1)} KiB of HTML, ${removed} scripts and script preloads removed, CSS: ${stylesheets.join(', ')}`,
    );
  } finally {
    await context.close();
  }
}

/** The phone profile on one page, cache off: THROTTLE's round trip, bandwidth and CPU slowdown. */
async function throttlePage(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLE.rttMs,
    downloadThroughput: (THROTTLE.downKbps * 1000) / 8,
    uploadThroughput: (THROTTLE.upKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpuSlowdown });
}

/** Runs in the page: the last largest-contentful-paint entry, its time and what it painted. */
async function lastLcp() {
  const entries = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'largest-contentful-paint', buffered: true });
  await new Promise((resolve) => setTimeout(resolve, 50));
  entries.push(...observer.takeRecords());
  observer.disconnect();
  const last = entries.at(-1);
  const describe = (el) => {
    if (!el) return '(element removed)';
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
    return `<${el.tagName.toLowerCase()}${cls}>${text ? ` "${text}"` : ''}`;
  };
  return { lcp: last ? last.startTime : null, element: last ? describe(last.element) : null };
}

/**
 * One load of `url` on the throttled profile, in a fresh context, until `ready` shows and the page
 * has settled: its LCP (`lastLcp`) and what `measure` reads in the page; `init` (one script or several) runs before any of its own.
 */
export async function loadThrottled(browser, url, ready, measure, init) {
  const context = await browser.newContext({ ...MOBILE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    for (const script of [init ?? []].flat()) await page.addInitScript(script);
    await throttlePage(context, page);
    await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
    await page.locator(ready).first().waitFor({ timeout: 90_000 });
    await page.waitForTimeout(SETTLE_MS);
    return { ...(await page.evaluate(lastLcp)), ...(await page.evaluate(measure)) };
  } finally {
    await context.close();
  }
}

/** Runs in the page: FCP, the load event, and when the last script and the dataset arrived. */
function firstViewTimes() {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const matching = (test) => resources.filter((r) => test(new URL(r.name).pathname));
  const lastEnd = (test) => {
    const ends = matching(test).map((r) => r.responseEnd);
    return ends.length ? Math.max(...ends) : null;
  };
  const isData = (path) => /\/data\/.*\.json$/.test(path);
  return {
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    load: nav ? nav.loadEventEnd : null,
    // When the last script arrived, and the dataset: the waterfall in front of the first render.
    js: lastEnd((path) => /\.m?js$/.test(path)),
    dataStart: matching(isData)[0]?.startTime ?? null,
    data: lastEnd(isData),
  };
}

/** One throttled load in a fresh context; FCP and LCP as the page observed them. */
const throttledLoad = (browser, url) => loadThrottled(browser, url, GDP_VALUE, firstViewTimes);

export async function benchLcp(browser) {
  const t = THROTTLE;
  console.log(
    `throttled profile: CPU ${t.cpuSlowdown}× slowdown, ${t.rttMs} ms RTT, ${t.downKbps / 1000} Mbps down, ${t.upKbps} Kbps up, ` +
      `cache disabled, service workers blocked, fresh context per load, ${MOBILE.viewport.width}×${MOBILE.viewport.height} mobile viewport; ` +
      `LCP read ${SETTLE_MS} ms after load and the GDP tile`,
  );
  await writeFloor(browser);
  try {
    // One unmeasured pair: the first loads of a run pay for process and server warm-up.
    await throttledLoad(browser, BASE);
    await throttledLoad(browser, FLOOR_URL);
    const pairs = [];
    for (let i = 0; i < PAIRS; i++) {
      // Alternate which goes first, so a drift in the machine's load hits both alike.
      const appFirst = i % 2 === 0;
      let first, second;
      try {
        first = await throttledLoad(browser, appFirst ? BASE : FLOOR_URL);
        second = await throttledLoad(browser, appFirst ? FLOOR_URL : BASE);
      } catch (error) {
        // One stuck load (a busy machine) costs its pair, not the whole section.
        console.log(
          `  pair ${String(i + 1).padStart(2)}: failed, left out (${String(error instanceof Error ? error.message : error).split('\n')[0]})`,
        );
        continue;
      }
      const [app, floor] = appFirst ? [first, second] : [second, first];
      const ratio = app.lcp && floor.lcp ? app.lcp / floor.lcp : null;
      pairs.push({ app, floor, ratio });
      console.log(
        `  pair ${String(i + 1).padStart(2)} (${appFirst ? 'app first' : 'floor first'}): ` +
          `app LCP ${fmtMs(app.lcp).padStart(7)} FCP ${fmtMs(app.fcp).padStart(7)} · ` +
          `floor LCP ${fmtMs(floor.lcp).padStart(7)} FCP ${fmtMs(floor.fcp).padStart(7)} · ratio ${ratio ? ratio.toFixed(2) : 'n/a'}`,
      );
    }
    const pick = (side, key) => pairs.map((p) => p[side][key]).filter((x) => x != null);
    const ratios = pairs.map((p) => p.ratio).filter((x) => x != null);
    const mostCommon = (side) => {
      const counts = new Map();
      for (const p of pairs) counts.set(p[side].element, (counts.get(p[side].element) ?? 0) + 1);
      return [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([el, n]) => `${el} ×${n}`)
        .join(', ');
    };
    if (ratios.length < 7) throw new Error(`only ${ratios.length} of ${PAIRS} pairs measured; at least 7 are needed`);
    const ratio = median(ratios);
    const ok = ratio <= TARGET_RATIO;
    const medianOf = (side, key) => {
      const xs = pick(side, key);
      return xs.length ? fmtMs(median(xs)) : 'none';
    };
    for (const side of ['app', 'floor']) {
      console.log(
        `  ${`${side}:`.padEnd(6)} median LCP ${medianOf(side, 'lcp')}, FCP ${medianOf(side, 'fcp')}, load event ${medianOf(side, 'load')}, ` +
          `last JS received ${medianOf(side, 'js')}, dataset requested ${medianOf(side, 'dataStart')} and received ${medianOf(side, 'data')}; LCP element: ${mostCommon(side)}`,
      );
    }
    console.log(
      `LCP app/floor, median of ${ratios.length} per-pair ratios: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}): ${ok ? 'ok' : 'OVER TARGET'}`,
    );
    report('LCP app (median, throttled)', fmtMs(median(pick('app', 'lcp'))));
    report('LCP floor (median, throttled)', fmtMs(median(pick('floor', 'lcp'))));
    report('LCP app/floor (median ratio)', ratio.toFixed(2), `≤ ${TARGET_RATIO}`, ok);
  } finally {
    rmSync(FLOOR_DIR, { recursive: true, force: true });
  }
}
