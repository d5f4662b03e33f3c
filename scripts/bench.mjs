// Benchmarks of the built dashboard in headless Chromium. Not a test: it prints figures.
//   npm run bench                         every benchmark
//   npm run bench -- lcp size lang lighthouse ledger slides    only the named ones
// Needs a build (npm run build); serves dist/ itself on a spare port (BENCH_PORT, default 4179).
//   lcp         LCP and FCP of the first view against its static floor, throttled (BENCH_LCP_PAIRS, default 9)
//   size        first-view JS and CSS, raw and gzip, per file; every other chunk, lazy
//   lang        time to switch language on the overview
//   lighthouse  Lighthouse scores, mobile and desktop, with the failing audits
//   ledger      the figure ledger's filter and keystroke
//   slides      the presenter's slide change
//   scale       ten times today's data (synthetic, validated): the ledger filter and the targets view on it
//   speaker     the slide change in both windows of the speaker view (key → both painted)
//   views       every deep-linked view, zh and en, against its own floor: LCP, hydration, CLS (BENCH_VIEWS_PAIRS, default 3)
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser-path.mjs';
import { printSummary, startPreview } from './bench/common.mjs';
import { benchLcp } from './bench/lcp.mjs';
import { benchSize } from './bench/size.mjs';
import { benchLanguage } from './bench/lang.mjs';
import { benchLighthouse } from './bench/lighthouse.mjs';
import { benchLedgerFunction, benchLedgerKeystroke } from './bench/ledger.mjs';
import { benchSlides } from './bench/slides.mjs';
import { benchScale } from './bench/scale.mjs';
import { benchSpeaker } from './bench/speaker.mjs';
import { benchViews } from './bench/views.mjs';

const SECTIONS = {
  lcp: (browser) => benchLcp(browser),
  size: (browser) => benchSize(browser),
  lang: (browser) => benchLanguage(browser),
  lighthouse: () => benchLighthouse(),
  ledger: async (browser) => {
    await benchLedgerFunction();
    await benchLedgerKeystroke(browser);
  },
  slides: (browser) => benchSlides(browser),
  scale: (browser) => benchScale(browser),
  speaker: (browser) => benchSpeaker(browser),
  views: (browser) => benchViews(browser),
};

const selected = process.argv.slice(2);
const unknown = selected.filter((name) => !(name in SECTIONS));
if (unknown.length) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Known: ${Object.keys(SECTIONS).join(', ')}.`);
  process.exit(2);
}
const names = Object.keys(SECTIONS).filter((name) => selected.length === 0 || selected.includes(name));

const started = performance.now();
const preview = await startPreview();
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const failed = [];
try {
  for (const name of names) {
    console.log(`\n== ${name} ==`);
    const t0 = performance.now();
    try {
      await SECTIONS[name](browser);
    } catch (error) {
      failed.push(name);
      console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    console.log(`(${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
} finally {
  await browser.close();
  await preview.close();
}
printSummary();
console.log(
  `\nbench: ${names.join(', ')} in ${((performance.now() - started) / 1000).toFixed(0)} s${failed.length ? `; FAILED: ${failed.join(', ')}` : ''}`,
);
if (failed.length) process.exitCode = 1;
