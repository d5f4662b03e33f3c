export declare const CHROMIUM_ARGS: string[];
export declare function playwrightChromiumPath(): Promise<string | undefined>;
export declare function findChromium(): Promise<string | undefined>;
