// Shared pieces of the benchmarks: the static server, the page markers, statistics and formatting.
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';

export const PORT = Number(process.env.BENCH_PORT ?? 4179);
export const BASE = `http://localhost:${PORT}/`;
export const DIST = process.env.BENCH_DIST ?? 'dist';
/**
 * What the bench serves and measures: a copy of dist/ taken at the start, so that a build
 * running meanwhile (the app is worked on in parallel) cannot change the files mid-run.
 */
export const ROOT = join(tmpdir(), `wuzhong-bench-${process.pid}`);

/** The GDP tile's value on the overview: rendered once the dataset has loaded. */
export const GDP_VALUE = '[data-indicator="gdp"] .tile-value';
export const GDP_TEXT = { zh: '1638亿元', en: 'CNY 163.8 billion' };
/**
 * The header's language toggle, by its accessible name on the Chinese and on the English page:
 * its visible text: the language it switches to.
 */
export const TOGGLE_NAMES = ['English', '中文'];

export const DESKTOP = { viewport: { width: 1366, height: 768 } };
/** Lighthouse's mobile screen (Moto G Power), used with the throttled profile. */
export const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
export const fmt = (ms) => `${ms.toFixed(ms < 1 ? 3 : 2)} ms`;
export const fmtMs = (ms) => (ms == null ? 'n/a' : `${Math.round(ms)} ms`);
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The local files index.html's <script> and <link> elements name that are missing from `dir`. */
function missingAssets(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((ref) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref))
    .map((ref) => ref.replace(/[?#].*$/, '').replace(/^\.?\//, ''));
  return refs.filter((ref) => ref && !existsSync(join(dir, decodeURIComponent(ref))));
}

/** Copies dist/ into ROOT, waiting (up to a minute) while a build is half-written. */
async function snapshotDist() {
  for (let attempt = 0; ; attempt++) {
    rmSync(ROOT, { recursive: true, force: true });
    let problem;
    try {
      if (!existsSync(`${DIST}/index.html`)) problem = `${DIST}/index.html is missing`;
      else {
        cpSync(DIST, ROOT, { recursive: true });
        const missing = missingAssets(ROOT);
        if (missing.length) problem = `index.html links missing files: ${missing.join(', ')}`;
      }
    } catch (error) {
      problem = String(error);
    }
    if (!problem) return;
    if (attempt === 0 && !existsSync(DIST)) throw new Error('No build found: run `npm run build` first.');
    if (attempt >= 30) throw new Error(`No complete build in ${DIST}/ (${problem}): run \`npm run build\`.`);
    if (attempt === 0) console.log(`waiting for a complete build in ${DIST}/ (${problem})`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

/**
 * Serves a snapshot of dist/ with Vite's preview server (the same static server as
 * `npm run preview`, gzip included), in this process so that it always stops with the bench.
 */
export async function startPreview() {
  await snapshotDist();
  const server = await preview({ preview: { port: PORT, strictPort: true, open: false }, build: { outDir: ROOT }, logLevel: 'silent' });
  // Ctrl-C: leave no copy behind (the browsers are ended by Playwright and chrome-launcher).
  process.once('SIGINT', () => {
    rmSync(ROOT, { recursive: true, force: true });
    process.exit(130);
  });
  const builtAt = statSync(join(ROOT, 'index.html')).mtime;
  console.log(`serving a copy of ${DIST}/ (built ${builtAt.toLocaleString('en-GB')}) from ${ROOT} at ${BASE} with vite preview (gzip)`);
  return {
    async close() {
      await server.close();
      rmSync(ROOT, { recursive: true, force: true });
    },
  };
}

/** Summary rows, printed as a table at the end of the run. */
export const summary = [];
/**
 * @param {string} measure
 * @param {string} result
 * @param {string} [target]
 * @param {boolean} [ok] undefined when the measure has no target
 */
export function report(measure, result, target = '', ok = undefined) {
  summary.push({ measure, result, target, verdict: ok === undefined ? '' : ok ? 'ok' : 'MISSED' });
}

export function printSummary() {
  if (summary.length === 0) return;
  const head = { measure: 'measure', result: 'result', target: 'target', verdict: '' };
  const rows = [head, ...summary];
  const w = (k) => Math.max(...rows.map((r) => [...r[k]].length));
  const pad = (s, n) => s + ' '.repeat(Math.max(0, n - [...s].length));
  const widths = { measure: w('measure'), result: w('result'), target: w('target') };
  console.log('\n== summary ==');
  for (const r of rows)
    console.log(
      `  ${pad(r.measure, widths.measure)}  ${pad(r.result, widths.result)}  ${pad(r.target, widths.target)}  ${r.verdict}`.trimEnd(),
    );
}

/**
 * Runs in the page: the page as it stands, as static HTML without `remove` (its scripts), its
 * same-origin addresses made absolute paths so the copy works from another folder; the floor of a bench.
 */
export function staticCopy(remove) {
  const root = document.documentElement.cloneNode(true);
  const removed = root.querySelectorAll(remove);
  removed.forEach((el) => el.remove());
  const rebase = (el, attr) => {
    const value = el.getAttribute(attr);
    if (!value || value.startsWith('#') || value.startsWith('data:')) return;
    const url = new URL(value, document.baseURI);
    if (url.origin === location.origin) el.setAttribute(attr, url.pathname + url.search);
  };
  root.querySelectorAll('link[href]').forEach((el) => rebase(el, 'href'));
  root.querySelectorAll('[src]').forEach((el) => rebase(el, 'src'));
  const stylesheets = [
    ...[...root.querySelectorAll('link[rel="stylesheet"]')].map((el) => el.getAttribute('href')),
    ...[...root.querySelectorAll('style')].map((el) => `inline <style> (${(el.textContent.length / 1024).toFixed(1)} KiB)`),
  ];
  return { html: `<!doctype html>\n${root.outerHTML}\n`, stylesheets, removed: removed.length };
}
