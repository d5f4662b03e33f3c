// A Vite plugin that prerenders the first view into dist/index.html at build time:
// the overview in Chinese in #root, the English one in a <template>, and a small
// inline script (allowed by its CSP hash) that picks the reader's language before
// the first paint. It runs in writeBundle, so the service worker's precache
// (generated later, in closeBundle) hashes the final index.html.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const ENTRY = 'src/app/prerender.tsx';
const DATASET = 'public/data/wuzhong-2024.json';

/**
 * In <head>, before anything paints: decide which first view this visit gets, with the app's
 * own `firstViewOf` (src/shared/lib/appUrl.ts), inlined as it is: views other than the overview,
 * a figure's page and presenter mode are not prerendered. A stylesheet rule hides prerendered
 * markup that does not match the decision.
 */
export function headScript({ firstViewOf, views, storageKey }) {
  const args = `location.search,s,${JSON.stringify(views)}`;
  return `(function(){var s=null;try{s=localStorage.getItem(${JSON.stringify(storageKey)})}catch(e){}var f=(${firstViewOf.toString()})(${args});var d=document.documentElement;d.setAttribute('data-first-view',f);if(f==='en')d.lang='en'})();`;
}

/** Right after #root: put the English first view in place, or clear a view that is not prerendered. */
export const ROOT_SCRIPT = `(function(){var r=document.getElementById('root');var f=document.documentElement.getAttribute('data-first-view');if(f==='none'){r.replaceChildren();r.removeAttribute('data-prerendered')}else if(f==='en'){var t=document.getElementById('prerender-en');r.replaceChildren(t.content.cloneNode(true));r.setAttribute('data-prerendered','en');document.title=t.getAttribute('data-title')}})();`;

const hash = (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** The CSP hashes that allow exactly these two inline scripts and nothing else inline. */
export const inlineScriptHashes = (head) => [hash(head), hash(ROOT_SCRIPT)];

/**
 * The page's Content-Security-Policy, as a meta tag (the app is static): everything
 * from its own origin; no inline or eval'd script but the two hashed above. Inline
 * style attributes stay allowed: React and the charts set sizes through them.
 */
export function contentSecurityPolicy(head) {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(head).join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

const escapeAttribute = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function prerender() {
  let outDir = 'dist';
  let root = process.cwd();
  return {
    name: 'wuzhong-prerender',
    apply: 'build',
    configResolved(config) {
      // The nested SSR build below resolves config too; only the client build prerenders.
      if (config.build.ssr) this.skip = true;
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      if (this.skip) return;
      const temp = await mkdtemp(join(tmpdir(), 'wuzhong-prerender-'));
      try {
        await build({
          configFile: false,
          root,
          base: './',
          logLevel: 'warn',
          plugins: [react()],
          build: { ssr: ENTRY, outDir: temp, emptyOutDir: true, minify: false, rolldownOptions: { output: { entryFileNames: 'entry.mjs' } } },
          ssr: { noExternal: true },
        });
        const { renderFirstView, firstViewOf, VIEWS, LANG_STORAGE_KEY } = await import(pathToFileURL(join(temp, 'entry.mjs')).href);
        // Built from the app's own view list and storage key, so the two cannot drift apart.
        const head = headScript({ firstViewOf, views: VIEWS, storageKey: LANG_STORAGE_KEY });
        const dataset = JSON.parse(await readFile(resolve(root, DATASET), 'utf8'));
        const zh = await renderFirstView(dataset, 'zh');
        const en = await renderFirstView(dataset, 'en');
        const indexPath = join(outDir, 'index.html');
        const html = await readFile(indexPath, 'utf8');
        if (!html.includes('<div id="root"></div>')) throw new Error('index.html has no empty #root to prerender into');
        if (!html.includes('<meta charset="UTF-8" />')) throw new Error('index.html has no charset meta to put the CSP after');
        // The stylesheet is what the first paint waits for: let it start before the scripts.
        const stylesheet = html.match(/\s*<link rel="stylesheet"[^>]*>/);
        const ordered = stylesheet ? html.replace(stylesheet[0], '').replace('<script type="module"', `${stylesheet[0].trim()}\n    <script type="module"`) : html;
        const prerendered = ordered
          // The policy must precede every script it governs.
          .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(head)}" />`)
          .replace(/<title>[^<]*<\/title>/, `<title>${zh.title}</title>\n    <script>${head}</script>`)
          .replace(
            '<div id="root"></div>',
            `<div id="root" data-prerendered="zh" data-dataset="${zh.dataset}">${zh.html}</div>\n    <template id="prerender-en" data-title="${escapeAttribute(en.title)}">${en.html}</template>\n    <script>${ROOT_SCRIPT}</script>`,
          );
        await writeFile(indexPath, prerendered);
      } finally {
        await rm(temp, { recursive: true, force: true });
      }
    },
  };
}
