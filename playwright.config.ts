import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser-path.mjs';

// E2E_PORT lets several checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Two workers on two cores: the tests wait on the browser more than they compute.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // axe on the full ledger (265 rows) takes a while on a loaded two-core CI machine.
  timeout: 90_000,
  use: {
    baseURL: `http://localhost:${port}/`,
    launchOptions: { executablePath: await findChromium(), args: CHROMIUM_ARGS },
    viewport: { width: 1366, height: 768 },
    // Route interception does not see requests a service worker answers; the offline tests allow it.
    serviceWorkers: 'block',
    // A failing test keeps its trace: actions, console and network, without DOM snapshots or
    // screenshots, which cost more than the tests themselves on the 360-row ledger.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
  },
  webServer: {
    // The suite runs against the production build, as it is hosted.
    command: `npx vite preview --strictPort --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
