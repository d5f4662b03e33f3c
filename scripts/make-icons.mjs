// Renders public/favicon.svg into the PNG icons the web app manifest lists.
// Run once after changing the SVG: node scripts/make-icons.mjs
import { readFile, mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser-path.mjs';

const svg = await readFile('public/favicon.svg', 'utf8');
await mkdir('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
for (const [size, maskable] of [
  [192, false],
  [512, false],
  [512, true],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // A maskable icon keeps its mark inside the central 80% safe zone.
  const inset = maskable ? size * 0.1 : 0;
  await page.setContent(
    `<body style="margin:0;background:#0b5cad"><div style="position:absolute;inset:${inset}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  );
  const file = `public/icons/icon-${size}${maskable ? '-maskable' : ''}.png`;
  await page.screenshot({ path: file, omitBackground: !maskable });
  console.log(file);
  await page.close();
}
await browser.close();
