import type { Plugin } from 'vite';
export declare function headScript(app: {
  firstViewOf: (...args: never[]) => unknown;
  views: readonly string[];
  state: readonly string[];
  storageKey: string;
  page: string;
  routes: readonly string[];
  prefilter?: {
    ledgerPrefilter: (...args: never[]) => unknown;
    searchTerms: (q: string) => string[];
    maxLength: number;
    docs: readonly { id: string; h: string }[];
  } | null;
}): string;
export declare const ROOT_SCRIPT: string;
export declare function inlineScriptHashes(head: string): string[];
export declare function contentSecurityPolicy(head: string): string;
export declare function prerender(): Plugin;
