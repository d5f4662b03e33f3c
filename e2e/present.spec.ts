import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';
import { expectNoAxeViolations } from './axe';

const TOTAL = 13;
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const count = (page: Page) => page.locator('.present-count');
const expectSlide = async (page: Page, n: number) => {
  await expect(count(page)).toContainText(`${n} / ${TOTAL}`);
  await expect(page).toHaveURL(new RegExp(`slide=${n}(&|$)`));
};

for (const size of SIZES) {
  for (const lang of ['zh', 'en'] as const) {
    test.describe(`presenter keys at ${size.width}×${size.height} in ${lang}`, () => {
      test.use({ viewport: size });

      test('move through the slides with the keys clickers send', async ({ page }) => {
        await open(page, `present=1&slide=1&lang=${lang}`);
        await expectSlide(page, 1);
        for (const [key, expected] of [
          ['ArrowRight', 2],
          ['ArrowDown', 3],
          ['PageDown', 4],
          ['Space', 5],
          ['Enter', 6],
          ['ArrowLeft', 5],
          ['ArrowUp', 4],
          ['PageUp', 3],
          ['Backspace', 2],
          ['End', TOTAL],
          ['Home', 1],
        ] as const) {
          await page.keyboard.press(key);
          await expectSlide(page, expected);
        }
        await page.keyboard.type('12');
        await page.keyboard.press('Enter');
        await expectSlide(page, 12);
      });

      test('black out, white out, QR, help and exit', async ({ page }) => {
        await open(page, `view=clusters&present=1&slide=4&lang=${lang}`);
        for (const [key, colour] of [
          ['b', 'black'],
          ['.', 'black'],
          ['w', 'white'],
          [',', 'white'],
        ] as const) {
          await page.keyboard.press(key);
          await expect(page.locator(`[data-blackout="${colour}"]`)).toBeVisible();
          await page.keyboard.press(key);
          await expect(page.locator('[data-blackout]')).toHaveCount(0);
        }
        const qr = page.getByRole('img', { name: /QR/ });
        await expect(qr).toBeVisible();
        await expect(qr).toHaveAttribute('data-qr-text', new RegExp(`\\?view=clusters&lang=${lang}$`));
        await page.keyboard.press('q');
        await expect(page.getByRole('img', { name: /QR/ })).toHaveCount(0);
        await page.keyboard.press('Q');
        await expect(page.getByRole('img', { name: /QR/ })).toBeVisible();

        await page.keyboard.press('?');
        const help = page.getByRole('dialog');
        await expect(help).toBeVisible();
        await expect(help).toContainText('PageDown');
        await page.keyboard.press('Escape');
        await expect(help).toHaveCount(0);
        await expectSlide(page, 4);

        await page.keyboard.press('Escape');
        await expect(page.locator('.present')).toHaveCount(0);
        await expect(page).toHaveURL(/view=clusters/);
        await expect(page).not.toHaveURL(/present=/);
        await expect(page.locator('[data-cluster="cluster-robotics"]').first()).toBeVisible();
      });

      test('fullscreen with F, auto-advance with P', async ({ page }) => {
        await page.clock.install();
        await open(page, `present=1&slide=${TOTAL - 1}&lang=${lang}`);
        await page.keyboard.press('f');
        await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
        await page.keyboard.press('F');
        await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

        await page.keyboard.press('p');
        const auto = page.locator('.present-controls button[aria-pressed="true"]');
        await expect(auto).toBeVisible();
        await expect(page.locator('.present-progress')).toBeVisible();
        await page.clock.runFor(20_500);
        await expectSlide(page, TOTAL);
        // It stops at the last slide.
        await page.clock.runFor(20_500);
        await expectSlide(page, TOTAL);
        await expect(page.locator('.present-progress')).toHaveCount(0);
      });
    });
  }
}

test('enters with the Present button and leaves with the exit button', async ({ page }) => {
  await open(page, 'view=figures');
  await page.getByRole('button', { name: '演示' }).click();
  await expectSlide(page, 1);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('2024年吴中区政府工作报告');
  await page.getByRole('button', { name: '退出演示' }).click();
  await expect(page).toHaveURL(/view=figures/);
  await expect(page.getByRole('heading', { name: /数据台账/ })).toBeVisible();
});

test('a strange slide number lands on a real slide', async ({ page }) => {
  await open(page, 'present=1&slide=%3Cscript%3E');
  await expectSlide(page, 1);
  await open(page, 'present=1&slide=999');
  await expectSlide(page, TOTAL);
});

const FIT_SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

for (const lang of ['zh', 'en'] as const) {
  for (const size of FIT_SIZES) {
    test(`every slide fits without scrolling at ${size.width}×${size.height} in ${lang}`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize(size);
      await open(page, `present=1&slide=1&lang=${lang}`);
      const problems: string[] = [];
      let smallest = Infinity;
      let smallestWhere = '';
      for (let n = 1; n <= TOTAL; n++) {
        await expectSlide(page, n);
        await page.waitForTimeout(100);
        const result = await page.evaluate(() => {
          const out: string[] = [];
          const content = document.querySelector('.slide-content') as HTMLElement;
          if (content.scrollHeight > content.clientHeight + 1) out.push(`content overflows by ${content.scrollHeight - content.clientHeight}px`);
          if (document.documentElement.scrollHeight > window.innerHeight + 1) out.push('page scrolls');
          let min = Infinity;
          let minText = '';
          for (const el of document.querySelectorAll<HTMLElement | SVGElement>('.present *')) {
            const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
            if (!hasText || el.closest('.visually-hidden') || el.closest('[aria-hidden="true"]')) continue;
            const rect = el.getBoundingClientRect();
            if (rect.width === 0 || rect.height === 0) continue;
            if (rect.right > window.innerWidth + 1 || rect.bottom > window.innerHeight + 1) out.push(`outside the screen: ${el.textContent!.trim().slice(0, 40)}`);
            const scale = el instanceof SVGElement && 'getScreenCTM' in el ? ((el as SVGGraphicsElement).getScreenCTM()?.a ?? 1) : 1;
            const size = parseFloat(getComputedStyle(el).fontSize) * scale;
            if (size < min) {
              min = size;
              minText = `${el.tagName} "${el.textContent!.trim().slice(0, 30)}"`;
            }
          }
          return { out, min, minText };
        });
        problems.push(...result.out.map((p) => `slide ${n}: ${p}`));
        if (result.min < smallest) {
          smallest = result.min;
          smallestWhere = `slide ${n}: ${result.minText}`;
        }
        if (n < TOTAL) await page.keyboard.press('ArrowRight');
      }
      expect(problems).toEqual([]);
      test.info().annotations.push({ type: 'smallest font', description: `${smallest.toFixed(1)}px (${smallestWhere})` });
      if (size.width === 1024) expect(smallest, smallestWhere).toBeGreaterThanOrEqual(18);
    });
  }
}

for (const lang of ['zh', 'en'] as const) {
  test(`the presenter theme has 7:1 text contrast and passes axe on every slide in ${lang}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1024, height: 768 });
    await open(page, `present=1&slide=1&lang=${lang}`);
    for (let n = 1; n <= TOTAL; n++) {
      await expectSlide(page, n);
      const enhanced = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
      expect(enhanced.violations.flatMap((v) => v.nodes.map((node) => `slide ${n}: ${node.target.join(' ')}`))).toEqual([]);
      await expectNoAxeViolations(page);
      if (n < TOTAL) await page.keyboard.press('ArrowRight');
    }
  });
}
