// The figure ledger: its pure filter (in Node) and one keystroke in its search box (in Chromium).
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { BASE, fmt, median, pct, report } from './common.mjs';

/** The pure ledger filter, run in Node through Vite's module loader (no extra tooling). */
export async function benchLedgerFunction() {
  const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' });
  try {
    const { ledgerRows, filterRows } = await server.ssrLoadModule('/src/features/figures/ledgerRows.ts');
    const { Dataset } = await server.ssrLoadModule('/src/shared/dataset/schema.ts');
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
    console.log(
      `ledger filter (pure function, Node, ${rows.length} rows): median ${fmt(median(times))}, p95 ${fmt(pct(times, 95))} over ${times.length} runs`,
    );
    report('ledger filter, Node (median)', fmt(median(times)));
  } finally {
    await server.close();
  }
}

/**
 * One keystroke in the ledger's search box, in the browser: how soon the box
 * answers (the urgent render), and how soon the table has settled (the deferred
 * render of the filtered rows, with layout).
 */
export async function benchLedgerKeystroke(browser) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
  await page.goto(`${BASE}?view=figures`);
  await page.locator('.ledger-table tbody tr').first().waitFor();
  const { answer, settle } = await measureKeystrokes(page, 6);
  await page.close();
  console.log(
    `ledger keystroke, search box answers (Chromium): median ${fmt(median(answer))}, p95 ${fmt(pct(answer, 95))} over ${answer.length} keystrokes (budget: 16 ms)`,
  );
  console.log(
    `ledger keystroke, table settled (Chromium): median ${fmt(median(settle))}, p95 ${fmt(pct(settle, 95))} over ${settle.length} keystrokes`,
  );
  report('ledger keystroke answers (median)', fmt(median(answer)), '≤ 16 ms', median(answer) <= 16);
  report('ledger table settled (median)', fmt(median(settle)));
}

/**
 * Types a fixed sequence into the ledger's search box `rounds` times (the first round is a
 * warm-up, left out) and times each keystroke: `answer`, until the box has answered; `settle`,
 * until the table has settled (last DOM change plus the layout it needs). The page must show the ledger.
 * The table counts as settled after two quiet macrotasks; with `quietMs`, after that long without a
 * DOM change too (a large table renders in time slices, with quiet macrotasks between them).
 */
export async function measureKeystrokes(page, rounds, { quietMs = 0 } = {}) {
  const sequence = [
    'P',
    'PM',
    'PM2',
    'PM2.',
    'PM2.5',
    'PM2.',
    'PM2',
    'PM',
    'P',
    '',
    '湿',
    '湿地',
    '湿',
    '',
    's',
    'sc',
    'sch',
    'scho',
    'schoo',
    'school',
    '',
  ];
  const result = await page.evaluate(
    async ({ sequence, rounds, quietMs }) => {
      const input = document.querySelector('input[type="search"]');
      const table = document.querySelector('.ledger-table');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));
      let lastMutation = 0;
      new MutationObserver(() => (lastMutation = performance.now())).observe(table.parentElement, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      const answer = [];
      const settle = [];
      for (let round = 0; round < rounds; round++) {
        for (const value of sequence) {
          lastMutation = 0;
          const t0 = performance.now();
          setValue.call(input, value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          answer.push(performance.now() - t0);
          // Wait until React has committed the deferred render: two quiet macrotasks in a row.
          let quiet = 0;
          let seen = 0;
          let quietSince = performance.now();
          while (quiet < 2 || performance.now() - quietSince < quietMs) {
            await macrotask();
            if (lastMutation === seen) quiet++;
            else {
              quiet = 0;
              seen = lastMutation;
              quietSince = performance.now();
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
    },
    { sequence, rounds, quietMs },
  );
  return { answer: result.answer.slice(sequence.length), settle: result.settle.slice(sequence.length).filter((x) => x > 0) };
}
