import type { Plugin } from 'vite';
export declare const VIEW_KEYS: string[];
export declare function localeParts(): Plugin;
