// Where a Chromium for the end-to-end tests and the benchmark lives on this machine.
// Order: an explicit env var, the system's Chromium, then Playwright's own download.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export async function playwrightChromiumPath() {
  try {
    const { chromium } = await import('@playwright/test');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The first Chromium that exists, or undefined. */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (fromEnv) console.warn(`CHROMIUM_PATH=${fromEnv} does not exist; looking elsewhere.`);
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return system;
  const bundled = await playwrightChromiumPath();
  return bundled && existsSync(bundled) ? bundled : undefined;
}
