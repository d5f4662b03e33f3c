import type { Plugin } from 'vite';
export declare function headScript(app: { firstViewOf: (search: string, stored: string | null, views: readonly string[]) => string; views: readonly string[]; storageKey: string }): string;
export declare const ROOT_SCRIPT: string;
export declare function inlineScriptHashes(head: string): string[];
export declare function contentSecurityPolicy(head: string): string;
export declare function prerender(): Plugin;
