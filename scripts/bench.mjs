// Benchmarks of the built dashboard in headless Chromium. Not a test: it prints figures.
//   npm run bench              every benchmark
//   npm run bench -- ledger    only the named ones
// Needs a build (npm run build); serves dist/ itself on a spare port.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './browser-path.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4179);
const BASE = `http://localhost:${PORT}/`;
const selected = process.argv.slice(2);
const wants = (name) => selected.length === 0 || selected.includes(name);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => `${ms.toFixed(ms < 1 ? 3 : 2)} ms`;
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

async function startPreview() {
  if (!existsSync('dist/index.html')) throw new Error('No build found: run `npm run build` first.');
  const child = spawn('npx', ['vite', 'preview', '--strictPort', '--port', String(PORT)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

/** The pure ledger filter, run in Node through Vite's module loader (no extra tooling). */
async function benchLedgerFunction() {
  const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' });
  try {
    const { ledgerRows, filterRows } = await server.ssrLoadModule('/src/features/figures/ledgerRows.ts');
    const { Dataset } = await server.ssrLoadModule('/src/shared/data/schema.ts');
    const { readFileSync } = await import('node:fs');
    const dataset = Dataset.parse(JSON.parse(readFileSync('public/data/wuzhong-2024.json', 'utf8')));
    const rows = ledgerRows(dataset);
    const queries = ['P', 'PM', 'PM2', 'PM2.', 'PM2.5', '湿', '湿地', '学', '学位', 'school', 'school p', '退圩还湖'];
    const all = { q: '', section: null, theme: null, period: null };
    for (let i = 0; i < 200; i++) filterRows(rows, { ...all, q: queries[i % queries.length] });
    const times = [];
    for (let i = 0; i < 2000; i++) {
      const t0 = performance.now();
      filterRows(rows, { ...all, q: queries[i % queries.length] });
      times.push(performance.now() - t0);
    }
    console.log(`ledger filter (pure function, Node, ${rows.length} rows): median ${fmt(median(times))}, p95 ${fmt(pct(times, 95))} over ${times.length} runs`);
  } finally {
    await server.close();
  }
}

/**
 * One keystroke in the ledger's search box, in the browser: how soon the box
 * answers (the urgent render), and how soon the table has settled (the deferred
 * render of the filtered rows, with layout).
 */
async function benchLedgerKeystroke(browser) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${BASE}?view=figures`);
  await page.locator('.ledger-table tbody tr').first().waitFor();
  const result = await page.evaluate(async () => {
    const input = document.querySelector('input[type="search"]');
    const table = document.querySelector('.ledger-table');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));
    let lastMutation = 0;
    new MutationObserver(() => (lastMutation = performance.now())).observe(table.parentElement, { childList: true, subtree: true, characterData: true });
    const sequence = ['P', 'PM', 'PM2', 'PM2.', 'PM2.5', 'PM2.', 'PM2', 'PM', 'P', '', '湿', '湿地', '湿', '', 's', 'sc', 'sch', 'scho', 'schoo', 'school', ''];
    const answer = [];
    const settle = [];
    for (let round = 0; round < 6; round++) {
      for (const value of sequence) {
        lastMutation = 0;
        const t0 = performance.now();
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        answer.push(performance.now() - t0);
        // Wait until React has committed the deferred render: two quiet macrotasks in a row.
        let quiet = 0;
        let seen = 0;
        while (quiet < 2) {
          await macrotask();
          if (lastMutation === seen) quiet++;
          else {
            quiet = 0;
            seen = lastMutation;
          }
        }
        // The time of the last DOM change, plus the layout it needs (forced here, measured alone).
        const beforeLayout = performance.now();
        void document.body.offsetHeight;
        const layout = performance.now() - beforeLayout;
        settle.push(lastMutation ? lastMutation - t0 + layout : 0);
      }
    }
    return { answer, settle };
  });
  await page.close();
  const answer = result.answer.slice(21);
  const settle = result.settle.slice(21).filter((x) => x > 0);
  console.log(`ledger keystroke, search box answers (Chromium): median ${fmt(median(answer))}, p95 ${fmt(pct(answer, 95))} over ${answer.length} keystrokes (budget: 16 ms)`);
  console.log(`ledger keystroke, table settled (Chromium): median ${fmt(median(settle))}, p95 ${fmt(pct(settle, 95))} over ${settle.length} keystrokes`);
}

const preview = await startPreview();
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
try {
  if (wants('ledger')) {
    await benchLedgerFunction();
    await benchLedgerKeystroke(browser);
  }
} finally {
  await browser.close();
  preview.kill();
}
