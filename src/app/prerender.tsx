import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { initI18n, switchLanguage } from '../shared/i18n/i18n';
import { createQueryClient } from '../shared/dataset/queryClient';
import { datasetQuery, reportTextQuery } from '../shared/dataset/queries';
import { parseDataset } from '../shared/dataset/loadDataset';
import type { Lang } from '../shared/i18n/lang';
import { fingerprint } from '../shared/lib/fingerprint';
import { sameData, sha256Hex, withSchemaDefaults } from '../shared/dataset/buildValidated';
import { PATH_VIEWS, parseAppUrl, routeOf } from '../shared/lib/appUrl';
import { setRenderedLocation } from '../shared/lib/urlState';
import type { Dataset } from '../shared/dataset/schema';
import { App } from './App';
import { documentHaystack } from '../features/figures/ledgerRows';
import { documentTitle } from './useDocumentTitle';

// The build's inline head script is generated from these, so it follows the app.
export { firstViewOf, VIEWS, STATE_PARAMS, MAX_QUERY_LENGTH, toRoot, routeDepth } from '../shared/lib/appUrl';
export { ledgerPrefilter, searchTerms } from '../features/figures/searchTerms';
export { LANG_STORAGE_KEY } from '../shared/i18n/resolveLanguage';
export { labelPlacements, MAP_LABELS_ID } from '../features/zones/mapLayout';

/** Each document's haystack, for the figures pages' prefilter (its rows carry their own part, `data-h`). */
export const documentHaystacks = (rawDataset: unknown): { id: string; h: string }[] =>
  parseDataset(rawDataset).documents.map((document) => ({ id: document.id, h: documentHaystack(document) }));

/** Every page the build prerenders, by route: each view with a path, each zone, in both languages. */
export function prerenderedRoutes(rawDataset: unknown): { route: string; lang: Lang; view: string }[] {
  const dataset = parseDataset(rawDataset);
  const states = [
    { view: 'overview' as const, zone: null },
    ...PATH_VIEWS.map((view) => ({ view, zone: null })),
    ...dataset.zones.map((zone) => ({ view: 'zones' as const, zone: zone.id })),
  ];
  return (['zh', 'en'] as const).flatMap((lang) =>
    states.map((state) => ({ route: routeOf({ ...state, lang: lang === 'en' ? 'en' : null }), lang, view: state.view })),
  );
}

/**
 * The digest each page carries of the dataset file it was built from, once the file has passed the
 * validator and `withSchemaDefaults` is checked to give, for this file, what the validator gives:
 * a page that fetches these very bytes need not validate them again (buildValidated.ts).
 */
export async function buildDatasetDigest(text: string): Promise<string> {
  const validated = parseDataset(JSON.parse(text));
  if (!sameData(withSchemaDefaults(JSON.parse(text)), validated))
    throw new Error(
      'The dataset validates to more than its file with the schema defaults (withSchemaDefaults in src/shared/dataset/buildValidated.ts): add the new default there.',
    );
  const digest = await sha256Hex(text);
  if (!digest) throw new Error('No Web Crypto in this Node to take the dataset digest');
  return digest;
}

const parsed = new WeakMap<object, Dataset>();

/**
 * Renders the page of one route to HTML at build time, with the validated dataset already in the
 * query cache and every lazy view loaded (a static prerender waits for them): the same tree the
 * browser hydrates once it has fetched the same dataset.
 */
export async function renderPage(
  rawDataset: unknown,
  reportText: string,
  route: string,
): Promise<{ html: string; title: string; dataset: string; lang: Lang }> {
  const dataset = parsed.get(rawDataset as object) ?? parseDataset(rawDataset);
  parsed.set(rawDataset as object, dataset);
  const url = parseAppUrl('', route);
  const lang: Lang = url.lang ?? 'zh';
  if (!i18next.isInitialized) await initI18n(lang);
  else await switchLanguage(lang);
  setRenderedLocation(route);
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQuery.queryKey, dataset);
  queryClient.setQueryData(reportTextQuery.queryKey, reportText);
  const render = async () => {
    const { prelude } = await prerenderToNodeStream(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
      // A large view is written in place, not outlined behind an inline script (which the CSP forbids).
      { progressiveChunkSize: Infinity },
    );
    const chunks: Buffer[] = [];
    for await (const chunk of prelude) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks).toString('utf8');
  };
  const html = await render();
  if (html.includes('<!--$?-->') || html.includes('<script'))
    throw new Error(
      `${route}: the prerender is not complete: ${html.slice(Math.max(0, html.search(/<!--\$\?-->|<script/) - 200), html.search(/<!--\$\?-->|<script/) + 300)}`,
    );
  const zone = url.view === 'zones' ? (dataset.zones.find((z: Dataset['zones'][number]) => z.id === url.zone)?.name[lang] ?? null) : null;
  return { html, title: documentTitle(i18next.t, url.view, zone), dataset: fingerprint(dataset), lang };
}
