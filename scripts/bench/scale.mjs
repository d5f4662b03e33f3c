// The dashboard at ten times today's data: a synthetic dataset derived from the real one (every
// value of every document cloned into ten synthetic documents, with new ids), checked by the real
// validator and the dataset checks, then the ledger's filter (pure, in Node; a keystroke, in
// Chromium) and the targets view's render on it. The synthetic dataset replaces the real
// dataset file only in the bench's browser page (Playwright serves it in its place).
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { BASE, fmt, median, pct, report } from './common.mjs';
import { measureKeystrokes } from './ledger.mjs';

const DATASET_FILE = 'public/data/wuzhong-2024.json';
/** Today's size times this: the real values stay, and clones make up the rest. */
export const SCALE = 10;
export const SYNTHETIC_DOCUMENTS = 10;
/** At least this many timed runs of everything, and the median is reported. */
const RUNS = 25;
/** The ledger filter's budget: one frame. */
const FRAME = 16;

const range = (n) => Array.from({ length: n }, (_, i) => i);

/**
 * The synthetic dataset: the real one, plus SYNTHETIC_DOCUMENTS work reports dated one day apart
 * early in 2025 (so each can report 2024 results and set 2025 targets, and the later one decides
 * between two of equal rank). Every value of every document is cloned, round-robin, into them:
 * its figure as printed (value, unit, qualifier, growth, notes, basis, ratio, aim) kept, a result
 * becoming a 2024 result and a target a 2025 target, cited by a made-up location, with a new id.
 */
export function syntheticDataset(real, { scale = SCALE, documents = SYNTHETIC_DOCUMENTS } = {}) {
  const data = structuredClone(real);
  const pool = data.indicators.flatMap((indicator) =>
    [...indicator.values, ...(indicator.cited ?? [])].map((value) => ({ indicator, value })),
  );
  const wanted = pool.length * (scale - 1);
  const docs = range(documents).map((i) => {
    const n = String(i + 1).padStart(2, '0');
    return {
      id: `SYN-GWR-${n}`,
      kind: 'work-report',
      title: { zh: `合成文件${n}（性能测试用，非真实文件）`, en: `Synthetic document ${n} (for the benchmark, not a real document)` },
      shortName: { zh: `合成文件${n}`, en: `Synthetic ${n}` },
      issuer: { zh: '性能测试', en: 'Benchmark' },
      date: `2025-02-${n}`,
      reliability: { zh: '合成数据，仅供性能测试', en: 'Synthetic data, for the benchmark only' },
    };
  });
  data.documents.push(...docs);
  const counters = new Map();
  for (let k = 0; k < wanted; k++) {
    const { indicator, value } = pool[k % pool.length];
    const doc = docs[k % documents];
    const year = value.kind === 'actual' ? 2024 : 2025;
    const n = (counters.get(indicator.id) ?? 0) + 1;
    counters.set(indicator.id, n);
    const clone = {
      id: `${indicator.id}@${year}-syn-${n}`,
      doc: doc.id,
      year,
      kind: value.kind,
      value: value.value,
      ...(value.decimals !== undefined && { decimals: value.decimals }),
      ...(value.ratio && { ratio: value.ratio }),
      unit: value.unit,
      ...(value.qualifier && { qualifier: value.qualifier }),
      ...(value.growthPct !== undefined && { growthPct: value.growthPct }),
      ...(value.growthQualifier && { growthQualifier: value.growthQualifier }),
      ...(value.notes && { notes: value.notes }),
      ...(value.basis && { basis: value.basis }),
      ...(value.aim && { aim: value.aim }),
      ...(value.remark && { remark: value.remark }),
      location: { zh: `合成段落${n}`, en: `Synthetic paragraph ${n}` },
    };
    (indicator.cited ??= []).push(clone);
  }
  return data;
}

/** The values a dataset holds, of the 2024 report and of other documents. */
const countValues = (data) => data.indicators.reduce((n, indicator) => n + indicator.values.length + (indicator.cited?.length ?? 0), 0);

/**
 * Builds the synthetic dataset and makes it pass the real checks. Where the outcome rule cannot
 * decide a target against the clones (a lower bound such as 超380 against a level target), the
 * synthetic outcomes of that indicator and year are dropped; how many is printed.
 */
export async function validSyntheticDataset(server, real) {
  const { parseDataset } = await server.ssrLoadModule('/src/shared/data/loadDataset.ts');
  const { datasetProblems } = await server.ssrLoadModule('/src/shared/data/datasetChecks.ts');
  const { Dataset } = await server.ssrLoadModule('/src/shared/data/schema.ts');
  const { targetOutcomes } = await server.ssrLoadModule('/src/shared/data/targetOutcomes.ts');
  let data = syntheticDataset(real);
  let dropped = 0;
  for (let round = 0; round < 10; round++) {
    const parsed = Dataset.safeParse(data);
    if (!parsed.success)
      throw new Error(
        `the synthetic dataset fails the schema: ${parsed.error.issues
          .slice(0, 5)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ')}`,
      );
    const undecided = targetOutcomes(parsed.data).filter(({ outcome }) => !outcome.decided);
    const problems = datasetProblems(parsed.data);
    if (problems.length === 0) break;
    // Other problems than an undecidable outcome mean the generator is wrong: stop and say so.
    const other = problems.filter((p) => !p.includes('the outcome rule cannot decide'));
    if (other.length) throw new Error(`the synthetic dataset fails the dataset checks: ${other.slice(0, 5).join('; ')}`);
    // Drop the synthetic outcomes of the undecided targets' indicators and years.
    const keys = new Set(undecided.map(({ target }) => `${target.year}`));
    const indicators = new Set(undecided.map(({ indicator }) => indicator.id));
    for (const indicator of data.indicators) {
      if (!indicators.has(indicator.id)) continue;
      const before = indicator.cited.length;
      indicator.cited = indicator.cited.filter((v) => !(v.doc.startsWith('SYN-') && v.kind === 'actual' && keys.has(String(v.year))));
      dropped += before - indicator.cited.length;
    }
  }
  // The same entry point the page's worker uses: the schema, unique ids, the checks with the reference.
  const dataset = parseDataset(data);
  return { data, dataset, dropped };
}

const timed = (fn, runs = RUNS) =>
  range(runs).map(() => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  });

const table = (rows) => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...String(r[c])].length)));
  for (const [i, r] of rows.entries()) {
    console.log(`  ${r.map((cell, c) => String(cell).padEnd(widths[c])).join('  ')}`.trimEnd());
    if (i === 0) console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  }
};

export async function benchScale(browser) {
  const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' });
  let synthetic;
  try {
    const real = JSON.parse(readFileSync(DATASET_FILE, 'utf8'));
    const built = await validSyntheticDataset(server, real);
    synthetic = built.data;
    const { dataset } = built;
    const { ledgerRows, filterRows } = await server.ssrLoadModule('/src/features/figures/ledgerRows.ts');
    const { targetRows } = await server.ssrLoadModule('/src/features/targets/targetsModel.ts');
    const { parseDataset } = await server.ssrLoadModule('/src/shared/data/loadDataset.ts');
    const realDataset = parseDataset(real);
    const docs = new Set(dataset.documents.map((d) => d.id));
    console.log(
      `synthetic dataset: ${countValues(synthetic)} values (today ${countValues(real)}; ×${(countValues(synthetic) / countValues(real)).toFixed(2)}) from ${docs.size} documents (${SYNTHETIC_DOCUMENTS} synthetic), ` +
        `${(JSON.stringify(synthetic).length / 1024).toFixed(0)} KiB of JSON; valid (schema, ids, dataset checks)${built.dropped ? `; ${built.dropped} undecidable synthetic outcomes dropped` : ''}`,
    );

    const rows = ledgerRows(dataset);
    const realRows = ledgerRows(realDataset);
    const all = { q: '', section: null, theme: null, period: null, doc: null };
    const queries = [
      'P',
      'PM',
      'PM2',
      'PM2.',
      'PM2.5',
      '湿',
      '湿地',
      '学',
      '学位',
      's',
      'school',
      'school p',
      '退圩还湖',
      'g',
      'gdp',
      '地区生产总值',
    ];
    const perQuery = (list) => {
      for (let i = 0; i < 50; i++) filterRows(list, { ...all, q: queries[i % queries.length] });
      return queries.map((q) => median(timed(() => filterRows(list, { ...all, q }))));
    };
    const keystrokes = (list) => {
      const times = [];
      for (let i = 0; i < queries.length * RUNS; i++) {
        const t0 = performance.now();
        filterRows(list, { ...all, q: queries[i % queries.length] });
        times.push(performance.now() - t0);
      }
      return times;
    };
    const realTimes = keystrokes(realRows);
    const times = keystrokes(rows);
    const worst = Math.max(...perQuery(rows));
    const withDoc = timed(() => filterRows(rows, { ...all, q: 'gdp', doc: 'SYN-GWR-05', period: '2024-actual' }));
    const build = timed(() => ledgerRows(dataset));
    const targets = timed(() => targetRows(dataset));
    // What the page's worker does before anything is shown: the schema, then the checks across documents.
    const { Dataset } = await server.ssrLoadModule('/src/shared/data/schema.ts');
    const { datasetProblems } = await server.ssrLoadModule('/src/shared/data/datasetChecks.ts');
    const schema = timed(() => Dataset.parse(synthetic), 5);
    const checks = timed(() => datasetProblems(dataset), 5);
    const realSchema = timed(() => Dataset.parse(real), 5);
    const realChecks = timed(() => datasetProblems(realDataset), 5);
    const realTargets = timed(() => targetRows(realDataset));

    console.log('\nin Node (pure functions), median of each measure');
    table([
      ['measure', `today (${realRows.length} rows)`, `×${SCALE} (${rows.length} rows)`, 'budget', 'runs'],
      [
        'ledger filter, a keystroke',
        fmt(median(realTimes)),
        `${fmt(median(times))} (p95 ${fmt(pct(times, 95))})`,
        `${FRAME} ms`,
        times.length,
      ],
      ['ledger filter, slowest query (median)', '', fmt(worst), `${FRAME} ms`, `${RUNS} per query`],
      ['ledger filter, text + document + period', '', fmt(median(withDoc)), `${FRAME} ms`, RUNS],
      ['ledger rows built (once per dataset)', '', fmt(median(build)), '', RUNS],
      ['targets view model (targetRows)', fmt(median(realTargets)), fmt(median(targets)), '', RUNS],
      ['dataset schema (zod), in the worker', fmt(median(realSchema)), fmt(median(schema)), '', 5],
      ['dataset checks across documents, in the worker', fmt(median(realChecks)), fmt(median(checks)), '', 5],
    ]);
    report(`scale ×${SCALE}: ledger filter, Node (median)`, fmt(median(times)), `≤ ${FRAME} ms`, median(times) <= FRAME);
    report(`scale ×${SCALE}: ledger filter, slowest query`, fmt(worst), `≤ ${FRAME} ms`, worst <= FRAME);
    report(`scale ×${SCALE}: targets model, Node (median)`, fmt(median(targets)));
    report(`scale ×${SCALE}: dataset schema + checks, Node`, fmt(median(schema) + median(checks)));
  } finally {
    await server.close();
  }

  if (!browser) return;
  // The same measures on today's dataset first, then on the synthetic one, in the same browser.
  const today = await browserMeasures(browser, null);
  const scaled = await browserMeasures(browser, JSON.stringify(synthetic));
  console.log(`\nin Chromium (the built app; the synthetic dataset served in place of ${DATASET_FILE}), median (p95)`);
  const both = (key) => [today, scaled].map((m) => `${fmt(median(m[key]))} (${fmt(pct(m[key], 95))})`);
  table([
    ['measure', `today (${today.rows} rows)`, `×${SCALE} (${scaled.rows} rows)`, 'budget', 'runs'],
    ["page load to the ledger's first rows (dataset validated in the worker)", fmt(today.loaded), fmt(scaled.loaded), '', 1],
    ['page load to every row in the page', fmt(today.complete), fmt(scaled.complete), '', 1],
    ['ledger keystroke: search box answers', ...both('answer'), `${FRAME} ms`, scaled.answer.length],
    ['ledger keystroke: table settled', ...both('settle'), '', scaled.settle.length],
    [`targets view mounted from the overview (${scaled.targets} targets)`, ...both('mount'), '', scaled.mount.length],
  ]);
  report(`scale ×${SCALE}: ledger keystroke answers (median)`, fmt(median(scaled.answer)), `≤ ${FRAME} ms`, median(scaled.answer) <= FRAME);
  report(`scale ×${SCALE}: ledger table settled (median)`, fmt(median(scaled.settle)));
  report(`scale ×${SCALE}: targets view mounted (median)`, fmt(median(scaled.mount)));
}

/** Loads the ledger (with `body` served as the dataset, or the real file), types into it, then mounts the targets view RUNS times. */
async function browserMeasures(browser, body) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
  try {
    if (body)
      await page.route(/\/data\/wuzhong-2024\.json(\?.*)?$/, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
    const t0 = Date.now();
    await page.goto(`${BASE}?view=figures`);
    await page.locator('.ledger-table tbody tr').first().waitFor({ timeout: 180_000 });
    const loaded = Date.now() - t0;
    // The ledger renders a long table in slices: wait until every row is in the page.
    const expected = body ? countValues(JSON.parse(body)) : countValues(JSON.parse(readFileSync(DATASET_FILE, 'utf8')));
    await page.waitForFunction((n) => document.querySelectorAll('.ledger-table tbody tr').length === n, expected, {
      timeout: 180_000,
      polling: 50,
    });
    const complete = Date.now() - t0;
    const rows = await page.locator('.ledger-table tbody tr').count();
    const keys = await measureKeystrokes(page, 3, { quietMs: 250 });
    // The targets view, mounted by its navigation link from the overview, each time.
    const mount = await page.evaluate(async (runs) => {
      const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));
      const link = (view) =>
        document.querySelector(`.site-nav a[href*="view=${view}"]`) ??
        [...document.querySelectorAll('.site-nav a')].find((a) => !a.getAttribute('href')?.includes('view='));
      const settle = async (ready) => {
        for (let i = 0; i < 5000 && !ready(); i++) await macrotask();
      };
      const times = [];
      for (let i = 0; i < runs + 2; i++) {
        link('overview').click();
        await settle(() => !document.querySelector('.targets-outcomes') && document.querySelector('.tile'));
        await macrotask();
        const t0 = performance.now();
        link('targets').click();
        await settle(() => document.querySelectorAll('.targets-outcomes tbody tr').length > 0);
        void document.body.offsetHeight;
        times.push(performance.now() - t0);
      }
      return { times: times.slice(2), rows: document.querySelectorAll('.targets-outcomes tbody tr').length };
    }, RUNS);
    if (mount.rows === 0) throw new Error('the targets view did not show its table');
    return { loaded, complete, rows, answer: keys.answer, settle: keys.settle, mount: mount.times, targets: mount.rows };
  } finally {
    await page.close();
  }
}
