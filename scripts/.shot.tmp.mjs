// node shot.mjs url out.png width height [selector] [clipHeight]
import { chromium } from '@playwright/test';
const [url, out, w, h, selector, clipH] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(url); await page.waitForLoadState('networkidle'); await page.waitForTimeout(400);
if (selector) { const el = page.locator(selector).first(); await el.scrollIntoViewIfNeeded(); const b = await el.boundingBox(); await page.screenshot({ path: out, fullPage: true, clip: { x: b.x, y: b.y + (await page.evaluate(() => scrollY)), width: b.width, height: Math.min(b.height, Number(clipH ?? 900)) } }); }
else await page.screenshot({ path: out });
await browser.close();
