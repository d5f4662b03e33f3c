// Every deep-linked view of issue #15, in Chinese and English, against its own static floor:
// the page as the app renders it, saved as HTML with its CSS and no JavaScript. Both load under
// the throttled phone profile of lcp.mjs, alternately, each in a fresh context; per view the
// median of BENCH_VIEWS_PAIRS pairs (default 5) of LCP, and the app's hydration-done time
// (when <html data-ready> is set) and CLS (every layout shift, as no input happens).
//
// The app is opened at each view's canonical path (./en/clusters/ …) when the build has
// prerendered pages there, else (a build from before paths) at its legacy query address;
// BENCH_VIEWS_ADDRESS=legacy measures the legacy addresses on any build.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, ROOT, MOBILE, fmtMs, kib, median, report, staticCopy } from './common.mjs';
import { THROTTLE, loadThrottled } from './lcp.mjs';

const PAIRS = Math.max(3, Number(process.env.BENCH_VIEWS_PAIRS ?? 5));
const LCP_RATIO = 1.25;
const HYDRATION_RATIO = 1.5;
const CLS_MAX = 0.02;

/** The views of the table; `ready` is a figure the view shows once it has its data. */
const VIEWS = [
  { name: 'overview', path: '', legacy: '', ready: '[data-indicator="gdp"] .tile-value' },
  { name: 'clusters', path: 'clusters/', legacy: 'view=clusters', ready: '[data-cluster="cluster-robotics"] .bar-label' },
  { name: 'zones new-city', path: 'zones/new-city/', legacy: 'view=zones&zone=new-city', ready: '.zone-panel [data-value] .figure' },
  { name: 'figures q=PM2.5', path: 'figures/?q=PM2.5', legacy: 'view=figures&q=PM2.5', ready: '[data-value="pm25@2023"]' },
];
const LANGS = ['zh', 'en'];

const FLOOR_DIR = join(ROOT, '__views-floor');

function addressOf(view, lang, usePaths) {
  if (usePaths) return `${BASE}${lang === 'en' ? 'en/' : ''}${view.path}`;
  const query = [view.legacy, lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
  return query ? `${BASE}?${query}` : BASE;
}

/** Records, from before the page's first script, when <html data-ready> appears: hydration (or the client render) done. */
function watchReady() {
  const mark = () => {
    if (document.documentElement.dataset.ready === 'true' && window.__readyAt === undefined) window.__readyAt = performance.now();
  };
  // The script runs before <html> exists: watch the document, subtree and all.
  new MutationObserver(mark).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
}

/** Sums the page's layout shifts (without input, as none happens) from before its first script. */
function watchShift() {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Renders the view in the app (unthrottled) and saves it without scripts, root-relative, as its floor. */
async function writeFloor(browser, url, ready, slug) {
  const context = await browser.newContext({ ...MOBILE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.locator(ready).first().waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.waitForLoadState('networkidle');
    const { html } = await page.evaluate(staticCopy, 'script, template, link[rel="modulepreload"], link[rel="preload"]');
    mkdirSync(join(FLOOR_DIR, slug), { recursive: true });
    writeFileSync(join(FLOOR_DIR, slug, 'index.html'), html);
    return `${BASE}__views-floor/${slug}/index.html`;
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page: when hydration was done, and the layout shift (watchReady and watchShift record them); and
 * the bytes that had arrived by then (the page, its scripts, the dataset, as sent: gzip), the
 * least a hydration must wait for whatever the code does.
 */
const readyAndShift = () => {
  const ready = window.__readyAt ?? null;
  const [nav] = performance.getEntriesByType('navigation');
  const before = performance.getEntriesByType('resource').filter((r) => ready !== null && r.responseEnd <= ready);
  const bytes = (nav?.encodedBodySize ?? 0) + before.reduce((sum, r) => sum + r.encodedBodySize, 0);
  return { ready, cls: window.__cls ?? 0, bytes };
};

/** The least time `bytes` take to arrive on the profile: one round trip for the page, then the bytes at its bandwidth. */
const transferMs = (bytes) => THROTTLE.rttMs + (bytes * 8) / THROTTLE.downKbps;

const throttledLoad = (browser, url, ready) => loadThrottled(browser, url, ready, readyAndShift, [watchShift, watchReady]);

const SLOW_CPU = 10;
const SLOW_LOADS = 3;
const SLOW_SETTLE_MS = 2500;

/**
 * The largest layout shift of SLOW_LOADS loads on a CPU SLOW_CPU times slower (network unthrottled,
 * service worker allowed), read SLOW_SETTLE_MS after the load event: a page painted before its HTML
 * is all parsed shows shifts the phone profile can hide. The session-start build's zones page, whose
 * list is placed above its map, shifted by 0.147 in 4 loads of 4 so.
 */
async function slowCpuShift(browser, url) {
  let worst = 0;
  for (let i = 0; i < SLOW_LOADS; i++) {
    const context = await browser.newContext({ ...MOBILE });
    try {
      const page = await context.newPage();
      await page.addInitScript(watchShift);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU });
      await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
      await page.waitForTimeout(SLOW_SETTLE_MS);
      worst = Math.max(worst, await page.evaluate(() => window.__cls));
    } finally {
      await context.close();
    }
  }
  return worst;
}

export async function benchViews(browser) {
  const usePaths = process.env.BENCH_VIEWS_ADDRESS !== 'legacy' && existsSync(join(ROOT, 'clusters', 'index.html'));
  const t = THROTTLE;
  console.log(
    `every view against its own floor: CPU ${t.cpuSlowdown}×, ${t.rttMs} ms RTT, ${t.downKbps / 1000} Mbps down; ${PAIRS} pairs per view, alternating; ` +
      `addresses: ${usePaths ? 'canonical paths' : 'legacy ?view= queries'}`,
  );
  const rows = [];
  try {
    let warmed = false;
    const only = process.env.BENCH_VIEWS_ONLY;
    for (const view of VIEWS.filter((v) => !only || v.name.includes(only))) {
      for (const lang of LANGS.filter((l) => !process.env.BENCH_VIEWS_LANG || l === process.env.BENCH_VIEWS_LANG)) {
        const url = addressOf(view, lang, usePaths);
        const slug = `${view.name.replace(/[^a-z0-9]+/gi, '-')}-${lang}`;
        const floorUrl = await writeFloor(browser, url, view.ready, slug);
        if (!warmed) {
          await throttledLoad(browser, url, view.ready);
          await throttledLoad(browser, floorUrl, view.ready);
          warmed = true;
        }
        const pairs = [];
        for (let i = 0; i < PAIRS; i++) {
          const appFirst = i % 2 === 0;
          try {
            const first = await throttledLoad(browser, appFirst ? url : floorUrl, view.ready);
            const second = await throttledLoad(browser, appFirst ? floorUrl : url, view.ready);
            const [app, floor] = appFirst ? [first, second] : [second, first];
            if (process.env.BENCH_VIEWS_VERBOSE)
              console.log(`    pair ${i + 1}: app ${fmtMs(app.lcp)} ${app.element}; floor ${fmtMs(floor.lcp)} ${floor.element}`);
            pairs.push({
              app,
              floor,
              ratio: app.lcp && floor.lcp ? app.lcp / floor.lcp : null,
              hydration: app.ready && floor.lcp ? app.ready / floor.lcp : null,
            });
          } catch (error) {
            console.log(
              `  ${slug} pair ${i + 1}: failed, left out (${String(error instanceof Error ? error.message : error).split('\n')[0]})`,
            );
          }
        }
        const of = (f) => pairs.map(f).filter((x) => x != null);
        const row = {
          address: url.replace(BASE, './'),
          view: view.name,
          lang,
          pairs: pairs.length,
          appLcp: median(of((p) => p.app.lcp)),
          floorLcp: median(of((p) => p.floor.lcp)),
          ratio: median(of((p) => p.ratio)),
          ready: median(of((p) => p.app.ready)),
          bytes: median(of((p) => p.app.bytes)),
          hydration: median(of((p) => p.hydration)),
          cls: Math.max(...of((p) => p.app.cls)),
          slowCls: await slowCpuShift(browser, url),
        };
        rows.push(row);
        console.log(
          `  ${row.address}: app LCP ${fmtMs(row.appLcp)}, floor ${fmtMs(row.floorLcp)}, ratio ${row.ratio?.toFixed(2)}, ` +
            `hydrated ${fmtMs(row.ready)} (${row.hydration?.toFixed(2)}× floor LCP) after ${kib(row.bytes)} ` +
            `(${fmtMs(transferMs(row.bytes))} of transfer at least), CLS max ${row.cls.toFixed(3)}`,
        );
      }
    }
  } finally {
    rmSync(FLOOR_DIR, { recursive: true, force: true });
  }
  // The last three columns: what the hydration target allows, the bytes that had arrived when hydration
  // was done, and the least time those bytes take on the profile (a bound no code can beat).
  const head = [
    'address',
    'lang',
    'app LCP',
    'floor LCP',
    'LCP app/floor',
    'hydrated',
    'hydrated/floor LCP',
    'CLS (max)',
    `CLS at ${SLOW_CPU}× CPU`,
    'allowed',
    'bytes by then',
    'their transfer',
  ];
  const body = rows.map((r) => [
    r.address,
    r.lang,
    fmtMs(r.appLcp),
    fmtMs(r.floorLcp),
    `${r.ratio?.toFixed(2) ?? 'n/a'}${r.ratio <= LCP_RATIO ? '' : ' !'}`,
    fmtMs(r.ready),
    `${r.hydration?.toFixed(2) ?? 'n/a'}${r.hydration <= HYDRATION_RATIO ? '' : ' !'}`,
    `${r.cls.toFixed(3)}${r.cls <= CLS_MAX ? '' : ' !'}`,
    `${r.slowCls.toFixed(3)}${r.slowCls <= CLS_MAX ? '' : ' !'}`,
    fmtMs(r.floorLcp == null ? null : r.floorLcp * HYDRATION_RATIO),
    r.bytes == null ? 'n/a' : kib(r.bytes),
    r.bytes == null ? 'n/a' : `≥ ${fmtMs(transferMs(r.bytes))}`,
  ]);
  const widths = head.map((h, i) => Math.max([...h].length, ...body.map((b) => [...b[i]].length)));
  const line = (cells) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ')} |`;
  console.log(
    `\nmedians of ${PAIRS} pairs (targets: LCP ≤ ${LCP_RATIO}× floor, hydrated ≤ ${HYDRATION_RATIO}× floor LCP, CLS ≤ ${CLS_MAX}; ! = missed)`,
  );
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const b of body) console.log(line(b));
  const worst = (key) => Math.max(...rows.map((r) => r[key] ?? Infinity));
  report('views: worst LCP app/floor', worst('ratio').toFixed(2), `≤ ${LCP_RATIO}`, worst('ratio') <= LCP_RATIO);
  report('views: worst hydrated/floor LCP', worst('hydration').toFixed(2), `≤ ${HYDRATION_RATIO}`, worst('hydration') <= HYDRATION_RATIO);
  report('views: worst CLS', worst('cls').toFixed(3), `≤ ${CLS_MAX}`, worst('cls') <= CLS_MAX);
  report(`views: worst CLS at ${SLOW_CPU}× CPU`, worst('slowCls').toFixed(3), `≤ ${CLS_MAX}`, worst('slowCls') <= CLS_MAX);
}
