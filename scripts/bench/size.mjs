// The JS and CSS the first view requests, raw and gzipped, per file; and every other chunk (lazy).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASE, DESKTOP, DIST, GDP_VALUE, ROOT, kib, report } from './common.mjs';

const BUDGET_JS_GZIP = 150 * 1024;

const sizes = (file) => {
  const raw = readFileSync(file);
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
};

/** Same-origin requests of one unthrottled load of `/`, by path: what kind, and whether it is JS or CSS. */
async function firstViewRequests(browser) {
  const context = await browser.newContext({ ...DESKTOP, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const origin = new URL(BASE).origin;
    const requests = new Map();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== origin) return;
      const type = response.request().resourceType();
      const code = /\.(m?js|css)$/.test(url.pathname);
      requests.set(url.pathname, { type, code: code || type === 'script' || type === 'stylesheet' });
    });
    await page.goto(BASE, { waitUntil: 'networkidle' });
    await page.locator(GDP_VALUE).waitFor();
    await page.waitForLoadState('networkidle');
    return requests;
  } finally {
    await context.close();
  }
}

const fileOf = (pathname) => join(ROOT, decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname));
const nameOf = (file) => relative(ROOT, file);

export async function benchSize(browser) {
  const requests = await firstViewRequests(browser);
  const code = [...requests].filter(([, r]) => r.code);
  const rows = code.map(([pathname, r]) => {
    const file = fileOf(pathname);
    const kind = pathname.endsWith('.css') ? 'CSS' : 'JS';
    return { name: nameOf(file), kind, type: r.type, ...(existsSync(file) ? sizes(file) : { raw: NaN, gzip: NaN }) };
  });
  rows.sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
  const width = Math.max(40, ...rows.map((r) => r.name.length + 2));
  const line = (name, kind, raw, gzip, note = '') =>
    `  ${name.padEnd(width)} ${kind.padEnd(4)} ${raw.padStart(10)} ${gzip.padStart(10)}  ${note}`.trimEnd();
  console.log(`first-view JS and CSS (what an unthrottled load of / requests; gzip = zlib level 9):`);
  console.log(line('file', '', 'raw', 'gzip'));
  for (const r of rows)
    console.log(line(r.name, r.kind, kib(r.raw), kib(r.gzip), r.type === 'script' || r.type === 'stylesheet' ? '' : `(${r.type})`));
  const total = (kind, key) => rows.filter((r) => r.kind === kind).reduce((s, r) => s + r[key], 0);
  const jsGzip = total('JS', 'gzip');
  const ok = jsGzip <= BUDGET_JS_GZIP;
  console.log(
    line('JS total', 'JS', kib(total('JS', 'raw')), kib(jsGzip), `budget ≤ ${kib(BUDGET_JS_GZIP)} gzip: ${ok ? 'ok' : 'OVER BUDGET'}`),
  );
  console.log(line('CSS total', 'CSS', kib(total('CSS', 'raw')), kib(total('CSS', 'gzip'))));

  const others = [...requests].filter(([, r]) => !r.code);
  if (others.length) {
    console.log('other first-view requests (not JS or CSS):');
    for (const [pathname, r] of others) {
      const file = fileOf(pathname);
      const s = existsSync(file) ? sizes(file) : { raw: NaN, gzip: NaN };
      console.log(line(nameOf(file), '', kib(s.raw), kib(s.gzip), `(${r.type})`));
    }
  }

  const requested = new Set(rows.map((r) => r.name));
  const lazy = readdirSync(join(ROOT, 'assets'))
    .filter((f) => /\.(m?js|css)$/.test(f) && !requested.has(`assets/${f}`))
    .map((f) => ({ name: `assets/${f}`, kind: f.endsWith('.css') ? 'CSS' : 'JS', ...sizes(join(ROOT, 'assets', f)) }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
  console.log(`other chunks in ${DIST}/assets (not requested by the first view):`);
  for (const r of lazy) console.log(line(r.name, r.kind, kib(r.raw), kib(r.gzip), 'lazy'));

  report('first-view JS (gzip)', `${kib(jsGzip)} in ${rows.filter((r) => r.kind === 'JS').length} files`, `≤ ${kib(BUDGET_JS_GZIP)}`, ok);
  // The build inlines the stylesheet into each page: it comes with the document, counted there.
  const page = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const inline = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  if (inline)
    console.log(
      `inline <style> in index.html: ${kib(Buffer.byteLength(inline))} raw, ${kib(gzipSync(inline, { level: 9 }).length)} gzip alone`,
    );
  report('first-view CSS (gzip)', inline ? `${kib(gzipSync(inline, { level: 9 }).length)}, inline in the page` : kib(total('CSS', 'gzip')));
  const document = sizes(join(ROOT, 'index.html'));
  report('first-view HTML (gzip)', kib(document.gzip));
}
