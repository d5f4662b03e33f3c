// Makes sure the end-to-end tests have a Chromium (and a CJK font) before they run:
// an existing one, else Debian's as root, else Playwright's installer.
import { execSync, spawnSync } from 'node:child_process';
import { findChromium } from './browser-path.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

function run(command, timeoutMs) {
  console.log(`ensure-browser: ${command}`);
  const result = spawnSync('sh', ['-c', command], { stdio: 'inherit', timeout: timeoutMs });
  return result.status === 0;
}

function hasCjkFont() {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

// Each source is tried once. Where apt can install Debian's Chromium (as root), that is used first:
// Playwright's own download retries for minutes on networks that refuse it.
let browser = await findChromium();
if (!browser && isRoot && hasApt) {
  run('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk', 600_000);
  browser = await findChromium();
}
if (!browser) {
  run('npx playwright install chromium', 180_000);
  browser = await findChromium();
}
if (!browser) {
  console.error(
    'ensure-browser: no Chromium found. Install one and run again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk\n' +
      '  elsewhere:     npx playwright install chromium\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
  );
  process.exit(1);
}
if (!hasCjkFont() && isRoot && hasApt) {
  // Without a CJK font Chinese renders as boxes in screenshots and PDFs.
  run(
    'DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-cjk || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-cjk)',
    600_000,
  );
}
console.log(`ensure-browser: using ${browser}`);
