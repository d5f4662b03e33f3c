// A Vite plugin that serves each language's text in two parts, from the one file per language
// (src/shared/i18n/locales/<lang>.json): `core`, what every page shows (header, overview, footer,
// figures' wording), and `views`, the text only other views show (clusters, zones, the ledger,
// the report, presenter mode …), which loads with those views. Import `locale-part:zh/core`.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** Top-level keys of the locale files that only views loaded on demand use. */
export const VIEW_KEYS = [
  'clusters',
  'figures',
  'report',
  'zones',
  'present',
  'speaker',
  'figurePage',
  'targetsView',
  'years',
  'ledgerDocs',
  'sections',
  'themes',
];

const PREFIX = 'locale-part:';

export function localeParts() {
  let root = process.cwd();
  return {
    name: 'wuzhong-locale-parts',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [lang, part] = id.slice(PREFIX.length + 1).split('/');
      if (!/^(zh|en)$/.test(lang) || !/^(core|views)$/.test(part)) throw new Error(`Unknown locale part ${id}`);
      const file = resolve(root, `src/shared/i18n/locales/${lang}.json`);
      this.addWatchFile(file);
      const text = JSON.parse(await readFile(file, 'utf8'));
      const picked = Object.fromEntries(Object.entries(text).filter(([key]) => VIEW_KEYS.includes(key) === (part === 'views')));
      return `export default ${JSON.stringify(picked)};`;
    },
  };
}
