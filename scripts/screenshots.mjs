// Takes screenshots of the built dashboard for review: node scripts/screenshots.mjs [name=url-query ...]
// Needs a running preview (npm run preview). Writes screenshots/<name>-<lang>-<size>.png.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser-path.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4173/';
const sizes = {
  desktop: { width: 1366, height: 768 },
  projector: { width: 1024, height: 768 },
  wide: { width: 1920, height: 1080 },
  phone: { width: 390, height: 844 },
  hd: { width: 1280, height: 720 },
};
const args = process.argv.slice(2);
const pages = args
  .filter((a) => a.includes('='))
  .map((a) => {
    const [name, query] = a.split(/=(.*)/s);
    return [name, decodeURIComponent(query ?? '')];
  });
const only = (process.env.SIZES ?? 'desktop,phone').split(',');
const langs = (process.env.LANGS ?? 'zh,en').split(',');
const fullPage = process.env.FULL !== '0';

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
for (const [name, query] of pages.length ? pages : [['overview', '']]) {
  for (const lang of langs) {
    for (const size of only) {
      const page = await browser.newPage({ viewport: sizes[size] });
      const sep = query ? '&' : '';
      await page.goto(`${base}?${query}${sep}lang=${lang}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(Number(process.env.WAIT ?? 300));
      const file = `screenshots/${name}-${lang}-${size}.png`;
      // SELECTOR=css shoots one element (the first match) instead of the page.
      if (process.env.SELECTOR) await page.locator(process.env.SELECTOR).first().screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
