import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test runs under two guards: no console error or uncaught exception,
 * and no request leaving the page's own origin. A test that expects console
 * errors (a failing dataset request logs one) lists what it expects.
 */
interface Guard {
  consoleErrors: string[];
  foreignRequests: string[];
  allowConsoleErrors: (pattern: RegExp) => void;
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost:4173/').origin;
      const allowed: RegExp[] = [];
      const guard: Guard = {
        consoleErrors: [],
        foreignRequests: [],
        allowConsoleErrors: (pattern) => allowed.push(pattern),
      };
      page.on('console', (message) => {
        // Playwright's own notice when a test blocks service workers is not the page's.
        if (message.text() === 'Service Worker registration blocked by Playwright') return;
        if (message.type() === 'error' || message.type() === 'warning') guard.consoleErrors.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => guard.consoleErrors.push(`pageerror: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) guard.foreignRequests.push(url);
      });
      await use(guard);
      expect(guard.foreignRequests, 'requests to other origins').toEqual([]);
      expect(
        guard.consoleErrors.filter((text) => !allowed.some((pattern) => pattern.test(text))),
        'console errors',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the dashboard with a query string and waits until the data has rendered. */
export async function open(page: Page, query = ''): Promise<void> {
  await page.goto(query ? `./?${query.replace(/^\?/, '')}` : './');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#root')).not.toBeEmpty();
  await expect(page.getByText(/正在载入数据|Loading the data/)).toHaveCount(0);
}
