// Lighthouse scores of the first view, mobile (default config) and desktop, and of three deep-linked
// views on mobile, in Debian's Chromium launched by chrome-launcher (installed with lighthouse); each
// the median of BENCH_LIGHTHOUSE_RUNS runs (default 3).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, findChromium } from '../browser-path.mjs';
import { BASE, kib, report } from './common.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const SHORT = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp', seo: 'seo' };
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

/** The audits that keep a category under 100: scored, and not passed. */
function failingAudits(lhr, categoryId) {
  return lhr.categories[categoryId].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && SCORED_MODES.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 1)
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score - b.audit.score);
}

/** A few rows of an audit's details (what to fix, where), one short phrase each. */
function detailRows(audit, max = 4) {
  const items = Array.isArray(audit.details?.items) ? audit.details.items : [];
  const rows = items.slice(0, max).map((item) => {
    const where =
      typeof item.url === 'string'
        ? item.url.replace(BASE, '/')
        : (item.groupLabel ??
          item.label ??
          item.node?.snippet ??
          item.node?.selector ??
          (item.line !== undefined ? `"${String(item.line).trim().slice(0, 40)}"` : ''));
    const ms = (x) => (typeof x === 'number' ? `${Math.round(x)} ms` : '');
    const amount = [
      item.wastedBytes ? `${kib(item.wastedBytes)} wasted` : '',
      item.wastedMs ? `${ms(item.wastedMs)} wasted` : '',
      ms(item.duration),
      typeof item.scripting === 'number'
        ? `${ms(item.total)} total, ${ms(item.scripting)} scripting, ${ms(item.scriptParseCompile)} parse/compile`
        : '',
      item.message ?? '',
    ].filter(Boolean);
    return [where, ...amount].filter(Boolean).join(': ');
  });
  const more = items.length > max ? [`… ${items.length - max} more`] : [];
  return [...rows.filter(Boolean), ...more];
}

/** The deep-linked views of issue #15 Lighthouse also scores on mobile (their prerendered pages). */
const VIEW_PAGES = ['clusters/', 'zones/new-city/', 'figures/'];

/**
 * Runs per page: one run's performance score moves by several points on this machine (the zones
 * page gave 94, 97 and 100 in a row), so each page is run this many times and the median run
 * reported, as Lighthouse's own `computeMedianRun` picks it (nearest the median FCP and TTI).
 */
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));

async function run(port, formFactor, config, page = '') {
  const lhrs = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(`${BASE}${page}`, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, config);
    if (!result) throw new Error(`Lighthouse (${formFactor}) returned no result`);
    if (result.lhr.runtimeError)
      throw new Error(`Lighthouse (${formFactor}): ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    lhrs.push(result.lhr);
  }
  const lhr = computeMedianRun(lhrs);
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, lhr.categories[id].score === null ? null : Math.round(lhr.categories[id].score * 100)]),
  );
  const show = (s) => (s === null ? 'n/a' : String(s));
  const name = page ? `${formFactor} ./${page}` : formFactor;
  console.log(
    `lighthouse ${name} (${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, throttling: ${lhr.configSettings.throttlingMethod}): ` +
      CATEGORIES.map((id) => `${id} ${show(scores[id])}`).join(', '),
  );
  if (RUNS > 1)
    console.log(
      `  the median of ${RUNS} runs; their performance scores: ${lhrs.map((r) => Math.round(r.categories.performance.score * 100)).join(', ')}`,
    );
  for (const warning of lhr.runWarnings ?? []) console.log(`  warning: ${warning}`);
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
    .map((id) => lhr.audits[id])
    .filter(Boolean)
    .map((a) => `${a.title} ${a.displayValue}`);
  console.log(`  metrics: ${metrics.join(', ')}`);
  for (const id of CATEGORIES) {
    if (scores[id] === null || scores[id] >= 100) continue;
    console.log(`  ${id} ${scores[id]}: failing audits`);
    for (const { ref, audit } of failingAudits(lhr, id)) {
      const detail = [`score ${audit.score.toFixed(2)}`, ref.weight ? `weight ${ref.weight}` : '', audit.displayValue ?? '']
        .filter(Boolean)
        .join(', ');
      console.log(`    - ${audit.id}: ${audit.title} (${detail})`);
      if (!ref.group?.startsWith('metrics')) for (const row of detailRows(audit)) console.log(`        ${row}`);
    }
  }
  report(
    `lighthouse ${name}`,
    CATEGORIES.map((id) => `${SHORT[id]} ${show(scores[id])}`).join(' · '),
    '100 each',
    CATEGORIES.every((id) => scores[id] === 100),
  );
}

export async function benchLighthouse() {
  const chromePath = await findChromium();
  if (!chromePath) throw new Error('No Chromium found (see scripts/browser-path.mjs)');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
  try {
    await run(chrome.port, 'mobile', undefined);
    await run(chrome.port, 'desktop', desktopConfig);
    for (const page of VIEW_PAGES) await run(chrome.port, 'mobile', undefined, page);
  } finally {
    chrome.kill();
  }
}
