import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA rules and best practices: what every view must pass. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface AxeRun {
  /** Rules to run as well as the tagged ones (color-contrast-enhanced on the slides). */
  alsoRules?: string[];
  /** axe-core's own default rule set instead of the tags. */
  defaultRules?: boolean;
}

/**
 * Runs axe-core in the page and returns its violations. axe-core is injected
 * once per document and run directly: the same engine and rules as
 * @axe-core/playwright's AxeBuilder, without its per-call injection and its
 * frame-by-frame partial runs (the pages have no frames), which took 2.5 times
 * as long on the full ledger.
 */
export async function axeViolations(page: Page, { alsoRules = [], defaultRules = false }: AxeRun = {}): Promise<axe.Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const options: axe.RunOptions = {
    ...(defaultRules ? {} : { runOnly: { type: 'tag', values: TAGS } }),
    rules: Object.fromEntries(alsoRules.map((id) => [id, { enabled: true }])),
    resultTypes: ['violations'],
  };
  const results = await page.evaluate((runOptions) => (window as unknown as { axe: typeof axe }).axe.run(document, runOptions), options);
  return results.violations;
}

/** One line per violation: its rule, impact and first few elements. */
export const summarise = (violations: axe.Result[]): string[] =>
  violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );

/** Runs axe-core (WCAG 2.1 A and AA rules and best practices) and fails on any violation, listing them. */
export async function expectNoAxeViolations(page: Page, run: AxeRun = {}): Promise<void> {
  expect(summarise(await axeViolations(page, run))).toEqual([]);
}
