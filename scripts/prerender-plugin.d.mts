import type { Plugin } from 'vite';
export declare const HEAD_SCRIPT: string;
export declare const ROOT_SCRIPT: string;
export declare function inlineScriptHashes(): string[];
export declare function prerender(): Plugin;
export declare function contentSecurityPolicy(): string;
