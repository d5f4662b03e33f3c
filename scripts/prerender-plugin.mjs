// A Vite plugin that prerenders one page per view, zone and language at build time, at the
// view's own path (index.html: the Chinese overview; en/: the English one; clusters/,
// en/zones/new-city/ …), each with a small inline script (allowed by its CSP hash) that sends
// an old or another-language address to its page, or hides what the address does not show,
// before the first paint. It runs in writeBundle, so the service worker's precache (generated
// later, in closeBundle) holds the final pages.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { localeParts } from './locale-parts.mjs';

const ENTRY = 'src/app/prerender.tsx';
const DATASET = 'public/data/wuzhong-2024.json';
const REPORT_TEXT = 'public/data/wuzhong-2024.report.zh.txt';

/**
 * In <head>, before anything paints: decide, with the app's own `firstViewOf`
 * (src/shared/lib/appUrl.ts) inlined as it is, whether this address belongs on another page
 * (then go there at once) and what of this page it may show. A stylesheet rule hides the rest.
 */
export function headScript({ firstViewOf, views, state, storageKey, page, routes, prefilter }) {
  const args = `l.pathname,l.search,l.hash,s,${JSON.stringify(page)},${JSON.stringify(routes)},${JSON.stringify(views)},${JSON.stringify(state)}`;
  // The figures pages: a search (?q=) paints its matching rows at once, by the app's own rule (src/features/figures/searchTerms.ts).
  const filter = prefilter
    ? `if(f.first==='main'){var p=(${prefilter.ledgerPrefilter.toString()})(l.search,${JSON.stringify(state)},${prefilter.maxLength},${JSON.stringify(prefilter.docs)},${prefilter.searchTerms.toString()});if(p){var c=document.createElement('style');c.textContent=p.css;document.head.appendChild(c);h.setAttribute('data-prefilter',p.q)}}`
    : '';
  return `(function(){var s=null,l=location,h=document.documentElement;try{s=localStorage.getItem(${JSON.stringify(storageKey)})}catch(e){}var f=(${firstViewOf.toString()})(${args});if(f.go)l.replace(f.go);h.setAttribute('data-first-view',f.first);${filter}})();`;
}

/**
 * Right after #root: clear a page this visit does not show (presenter mode, a figure's page, a page
 * being left); on a figures page filtered in the head (data-prefilter), write the search in its box.
 */
export const ROOT_SCRIPT = `(function(){var r=document.getElementById('root'),h=document.documentElement,q=h.getAttribute('data-prefilter'),i;if(h.getAttribute('data-first-view')==='none'){r.replaceChildren();r.removeAttribute('data-prerendered')}else if(q!==null&&(i=r.querySelector('input[type=search]')))i.value=q})();`;

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

/** What a page without JavaScript says needs it, with the link to the same page in the other language. */
const NOSCRIPT = {
  zh: (twin) =>
    `本页无需JavaScript即可阅读，导航链接通往各视图的静态页面。搜索、筛选、表格切换、地图选择、演示模式和语言按钮需要启用JavaScript；旧式地址（?view=…）也需要JavaScript才能打开对应视图。<a href="${twin}" lang="en" hreflang="en">English version</a>`,
  en: (twin) =>
    `This page reads without JavaScript, and the navigation links lead to each view's static page. Search, filters, table toggles, the map's selection, presenter mode and the language button need JavaScript, as do older addresses (?view=…). <a href="${twin}" lang="zh-CN" hreflang="zh-CN">中文版</a>`,
};
const LANG_TAGS = { zh: 'zh-CN', en: 'en' };

/** A module's code: the chunk of its module and the chunks it imports, as the bundle names them. */
function chunksOf(bundle, module) {
  const entry = Object.values(bundle).find(
    (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(module),
  );
  if (!entry) throw new Error(`No chunk of ${module} in the bundle`);
  const files = new Set();
  const visit = (chunk) => {
    if (!chunk || files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const file of chunk.imports) visit(bundle[file]);
  };
  visit(entry);
  return [...files];
}

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
    async writeBundle(_options, bundle) {
      if (this.skip) return;
      const temp = await mkdtemp(join(tmpdir(), 'wuzhong-prerender-'));
      try {
        await build({
          configFile: false,
          root,
          base: './',
          logLevel: 'warn',
          plugins: [react(), localeParts()],
          build: {
            ssr: ENTRY,
            outDir: temp,
            emptyOutDir: true,
            minify: false,
            rolldownOptions: { output: { entryFileNames: 'entry.mjs' } },
          },
          ssr: { noExternal: true },
        });
        const {
          renderPage,
          prerenderedRoutes,
          buildDatasetDigest,
          documentHaystacks,
          firstViewOf,
          ledgerPrefilter,
          searchTerms,
          MAX_QUERY_LENGTH,
          VIEWS,
          STATE_PARAMS,
          LANG_STORAGE_KEY,
          toRoot,
          routeDepth,
          labelPlacements,
          MAP_LABELS_ID,
        } = await import(pathToFileURL(join(temp, 'entry.mjs')).href);
        const datasetText = await readFile(resolve(root, DATASET), 'utf8');
        const dataset = JSON.parse(datasetText);
        const datasetDigest = await buildDatasetDigest(datasetText);
        const reportText = await readFile(resolve(root, REPORT_TEXT), 'utf8');
        const pages = prerenderedRoutes(dataset);
        const routes = pages.map((page) => page.route);
        const indexPath = join(outDir, 'index.html');
        const html = await readFile(indexPath, 'utf8');
        if (!html.includes('<div id="root"></div>')) throw new Error('index.html has no empty #root to prerender into');
        if (!html.includes('<meta charset="UTF-8" />')) throw new Error('index.html has no charset meta to put the CSP after');
        if (!html.includes('<html lang="zh-CN">')) throw new Error('index.html has no <html lang="zh-CN"> to set each page\'s language on');
        // The stylesheet is what the first paint waits for: each page carries it inline, so the first
        // paint needs the page alone, not a request that shares the connection with the scripts and
        // the dataset (the app's code never loads it; the file is not published).
        const stylesheet = html.match(/\s*<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/);
        if (!stylesheet) throw new Error('index.html links no stylesheet to inline');
        const css = await readFile(join(outDir, stylesheet[1]), 'utf8');
        if (/<\/style|url\(/i.test(css)) throw new Error(`${stylesheet[1]} cannot be inlined as it stands (a </style> or a url())`);
        const ordered = html
          .replace(stylesheet[0], '')
          .replace('<script type="module"', `<style>${css}</style>\n    <script type="module"`);
        await rm(join(outDir, stylesheet[1]));
        const preloaded = new Set([...ordered.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]));
        for (const { route, lang, view } of pages) {
          const page = await renderPage(dataset, reportText, route);
          if (page.lang !== lang) throw new Error(`${route} rendered in ${page.lang}, not ${lang}`);
          const prefilter =
            view === 'figures' ? { ledgerPrefilter, searchTerms, maxLength: MAX_QUERY_LENGTH, docs: documentHaystacks(dataset) } : null;
          const head = headScript({
            firstViewOf,
            views: VIEWS,
            state: STATE_PARAMS,
            storageKey: LANG_STORAGE_KEY,
            page: route,
            routes,
            prefilter,
          });
          const up = toRoot(routeDepth(route));
          // The view's code and its language's text, fetched with the page's own scripts rather than after them.
          const modules = [
            `locale-part:${lang}/core`,
            ...(view === 'overview'
              ? []
              : [`locale-part:${lang}/views`, `/src/features/${view}/${view.charAt(0).toUpperCase()}${view.slice(1)}View.tsx`]),
          ];
          const preloads = [...new Set(modules.flatMap((module) => chunksOf(bundle, module)))].filter((file) => !preloaded.has(file));
          const twin = `${up}${lang === 'en' ? route.replace(/^en\//, '') : `en/${route}`}` || './';
          // The zones map's labels as placed while rendering this page (its language's), for hydration to reuse.
          const labels = view === 'zones' ? labelPlacements().filter(([texts]) => JSON.parse(texts).lang === lang) : [];
          if (view === 'zones' && labels.length !== 1) throw new Error(`${route}: ${labels.length} label placements for ${lang}, not 1`);
          const labelData = labels.length
            ? `\n    <script type="application/json" id="${MAP_LABELS_ID}">${JSON.stringify(labels).replace(/</g, '\\u003c')}</script>`
            : '';
          const out = ordered
            // Every local address is relative to the app's root, this many folders up.
            .replace(/(href|src)="\.\//g, `$1="${up}`)
            .replace('<html lang="zh-CN">', `<html lang="${LANG_TAGS[lang]}">`)
            // The policy must precede every script it governs.
            .replace(
              '<meta charset="UTF-8" />',
              `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(head)}" />`,
            )
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeAttribute(page.title)}</title>\n    <script>${head}</script>`)
            .replace(
              '</head>',
              `${preloads.map((file) => `  <link rel="modulepreload" crossorigin href="${up}${file}">\n`).join('')}${
                view === 'report'
                  ? `  <link rel="preload" href="${up}data/wuzhong-2024.report.zh.txt" as="fetch" crossorigin="anonymous" />\n`
                  : ''
              }  </head>`,
            )
            .replace(
              '<div id="root"></div>',
              `<noscript><p class="noscript-note">${NOSCRIPT[lang](twin)}</p></noscript>\n    <div id="root" data-prerendered="${lang}" data-dataset="${page.dataset}" data-dataset-sha256="${datasetDigest}">${page.html}</div>\n    <script>${ROOT_SCRIPT}</script>${labelData}`,
            );
          await mkdir(join(outDir, route), { recursive: true });
          await writeFile(join(outDir, route, 'index.html'), out);
        }
      } finally {
        await rm(temp, { recursive: true, force: true });
      }
    },
  };
}
