import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';
import { axeViolations, summarise } from './axe';

const TOTAL = 14;
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const count = (page: Page) => page.locator('.present-count');
const expectSlide = async (page: Page, n: number) => {
  await expect(count(page)).toContainText(`${n} / ${TOTAL}`);
  await expect(page).toHaveURL(new RegExp(`slide=${n}(&|$)`));
};

// Each test runs at both sizes and in both languages, and every size meets every language
// across the three: the keys do not depend on either, so the other half of the matrix adds no check.
const RUNS_AT = {
  'move through': ['1024 zh', '1920 en'],
  'black out': ['1024 en', '1920 zh'],
  fullscreen: ['1024 zh', '1920 en'],
} as const;
const runsAt = (which: keyof typeof RUNS_AT, size: (typeof SIZES)[number], lang: 'zh' | 'en') =>
  (RUNS_AT[which] as readonly string[]).includes(`${size.width} ${lang}`);

for (const size of SIZES) {
  for (const lang of ['zh', 'en'] as const) {
    test.describe(`presenter keys at ${size.width}×${size.height} in ${lang}`, () => {
      test.use({ viewport: size });

      if (runsAt('move through', size, lang))
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

      if (runsAt('black out', size, lang))
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
          // The slide's view at its own page: English in the path, Chinese asked for in the query.
          await expect(qr).toHaveAttribute('data-qr-text', lang === 'en' ? /\/en\/clusters\/$/ : /\/clusters\/\?lang=zh$/);
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
          await expect(page).toHaveURL(/\/clusters\/(\?lang=zh)?$/);
          await expect(page).not.toHaveURL(/present=/);
          await expect(page.locator('[data-cluster="cluster-robotics"]').first()).toBeVisible();
        });

      if (runsAt('fullscreen', size, lang))
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
  await expect(page).toHaveURL(/\/figures\/$/);
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

/**
 * One slide's measures: what does not fit, the smallest text on the slide
 * (the stage: slide and QR caption) and in the presenter's own bar, and how
 * much of the stage under the title the content spans (the bounding box of its
 * text and drawings; on the title and closing slides the title is content).
 */
function measureSlide() {
  const out: string[] = [];
  const content = document.querySelector('.slide-content') as HTMLElement;
  if (content.scrollHeight > content.clientHeight + 1) out.push(`content overflows by ${content.scrollHeight - content.clientHeight}px`);
  if (content.scrollWidth > content.clientWidth + 1)
    out.push(`content overflows sideways by ${content.scrollWidth - content.clientWidth}px`);
  if (document.documentElement.scrollHeight > window.innerHeight + 1) out.push('page scrolls');
  // A part of the slide (a grid of figures, a table's box) whose rows run past its own box overlaps what follows it.
  for (const part of content.querySelectorAll<HTMLElement>(':scope > *')) {
    if (part.scrollHeight > part.clientHeight + 2)
      out.push(`${part.className} overflows its box by ${part.scrollHeight - part.clientHeight}px`);
  }
  const hasText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
  const smallest = { stage: { size: Infinity, text: '' }, bar: { size: Infinity, text: '' } };
  for (const el of document.querySelectorAll<HTMLElement | SVGElement>('.present *')) {
    if (!hasText(el) || el.closest('.visually-hidden') || el.closest('[aria-hidden="true"]')) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.right > window.innerWidth + 1 || rect.bottom > window.innerHeight + 1)
      out.push(`outside the screen: ${el.textContent!.trim().slice(0, 40)}`);
    const scale = el instanceof SVGElement && 'getScreenCTM' in el ? ((el as SVGGraphicsElement).getScreenCTM()?.a ?? 1) : 1;
    const size = parseFloat(getComputedStyle(el).fontSize) * scale;
    const where = el.closest('.present-stage') ? 'stage' : 'bar';
    if (size < smallest[where].size) smallest[where] = { size, text: `${el.tagName} "${el.textContent!.trim().slice(0, 30)}"` };
  }
  const title = content.querySelector('.slide-title')!;
  const cover = title.closest('.slide-cover') !== null;
  const box = content.getBoundingClientRect();
  const top = cover ? box.top : title.getBoundingClientRect().bottom;
  const used = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const el of content.querySelectorAll('*')) {
    if (!cover && title.contains(el)) continue;
    const drawing = el.tagName.toLowerCase() === 'svg' && !el.parentElement!.closest('svg');
    if (!drawing && !(hasText(el) && !el.closest('svg, .visually-hidden'))) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    used.left = Math.min(used.left, rect.left);
    used.top = Math.min(used.top, rect.top);
    used.right = Math.max(used.right, rect.right);
    used.bottom = Math.max(used.bottom, rect.bottom);
  }
  const width = Math.max(0, Math.min(used.right, box.right) - Math.max(used.left, box.left));
  const height = Math.max(0, Math.min(used.bottom, box.bottom) - Math.max(used.top, top));
  return { out, smallest, use: (width * height) / ((box.right - box.left) * (box.bottom - top)) };
}

for (const lang of ['zh', 'en'] as const) {
  for (const size of FIT_SIZES) {
    test(`every slide fits without scrolling and fills its stage at ${size.width}×${size.height} in ${lang}`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize(size);
      await open(page, `present=1&slide=1&lang=${lang}`);
      const problems: string[] = [];
      for (let n = 1; n <= TOTAL; n++) {
        await expectSlide(page, n);
        await page.waitForTimeout(100);
        const result = await page.evaluate(measureSlide);
        problems.push(...result.out.map((p) => `slide ${n}: ${p}`));
        if (result.use < 0.6) problems.push(`slide ${n}: the content spans ${Math.round(result.use * 100)}% of the stage under the title`);
        if (size.width === 1024) {
          // The room reads the slide at 24 px or more; the presenter's own buttons may be smaller.
          const { stage, bar } = result.smallest;
          if (stage.size < 24) problems.push(`slide ${n}: ${stage.size}px text on the slide, ${stage.text}`);
          if (bar.size < 18) problems.push(`slide ${n}: ${bar.size}px text in the bar, ${bar.text}`);
        }
        if (n < TOTAL) await page.keyboard.press('ArrowRight');
      }
      expect(problems).toEqual([]);
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
      // One run: the dashboard's rules and, for the back of the room, 7:1 contrast (AAA).
      const violations = await axeViolations(page, { alsoRules: ['color-contrast-enhanced'] });
      expect(summarise(violations).map((line) => `slide ${n}: ${line}`)).toEqual([]);
      if (n < TOTAL) await page.keyboard.press('ArrowRight');
    }
  });
}

test.describe('units', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  for (const [lang, unit, label] of [
    ['zh', '亿元', '突破1300'],
    ['en', 'CNY billion', 'past 130'],
  ] as const) {
    test(`the cluster slide says its unit in ${lang}`, async ({ page }) => {
      await open(page, `present=1&slide=4&lang=${lang}`);
      await expect(page.locator('.present-stage .bar-label', { hasText: label })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2 })).toContainText(unit);
    });
  }

  test('every figure on every slide carries its unit', async ({ page }) => {
    await open(page, 'present=1&slide=1&lang=zh');
    for (let n = 1; n <= TOTAL; n++) {
      await expectSlide(page, n);
      // Printed figures end in their unit (1638亿元, 80.5%, 13个); compact chart labels need the unit in the heading.
      for (const text of await page.locator('.present-stage .figure').allTextContents()) expect(text, `slide ${n}`).toMatch(/[^\d.,\s]$/);
      if ((await page.locator('.present-stage .bar-label').count()) > 0)
        await expect(page.getByRole('heading', { level: 2 })).toContainText('亿元');
      if (n < TOTAL) await page.keyboard.press('ArrowRight');
    }
  });
});

test.describe('black and white screens', () => {
  test('every moving key on a black or white screen brings back the same slide first', async ({ page }) => {
    await open(page, 'present=1&slide=6');
    for (const [screen, key] of [
      ['b', 'PageDown'],
      ['.', 'ArrowRight'],
      ['w', 'PageUp'],
      [',', 'Home'],
      ['b', 'End'],
      ['w', 'Space'],
    ] as const) {
      await page.keyboard.press(screen);
      await expect(page.locator('[data-blackout]')).toBeVisible();
      await page.keyboard.press(key);
      await expect(page.locator('[data-blackout]'), `${key} on the ${screen} screen`).toHaveCount(0);
      await expectSlide(page, 6);
      await page.keyboard.press(key);
      await expect(count(page), `${key} moves on once the screen is back`).not.toContainText(`6 / ${TOTAL}`);
      // Back to slide 6 for the next key.
      await page.keyboard.type('6');
      await page.keyboard.press('Enter');
      await expectSlide(page, 6);
    }
  });

  test('a slide number typed on a black screen brings back the same slide first', async ({ page }) => {
    await open(page, 'present=1&slide=6');
    await page.keyboard.press('b');
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-blackout]')).toHaveCount(0);
    await expectSlide(page, 6);
  });

  test('auto-advance waits while the screen is black', async ({ page }) => {
    await page.clock.install();
    await open(page, 'present=1&slide=6');
    await page.keyboard.press('p');
    await page.keyboard.press('b');
    await page.clock.runFor(45_000);
    await page.keyboard.press('b');
    await expectSlide(page, 6);
  });
});

test.describe('history', () => {
  const leave = {
    // Twice, as an impatient presenter would: leaving must still go back one step only.
    Esc: async (page: Page) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    },
    'the exit button': (page: Page) => page.getByRole('button', { name: '退出演示' }).click(),
  };

  for (const [how, press] of Object.entries(leave)) {
    test(`after leaving with ${how}, Back goes where the reader was before presenting`, async ({ page }) => {
      await open(page, 'view=report');
      await page.getByRole('link', { name: '数据台账' }).first().click();
      await expect(page).toHaveURL(/\/figures\/$/);
      await page.getByRole('button', { name: '演示' }).click();
      await expectSlide(page, 1);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, 3);
      await press(page);
      await expect(page.locator('.present')).toHaveCount(0);
      await expect(page).toHaveURL(/\/figures\/$/);
      await page.goBack();
      await expect(page).toHaveURL(/\/report\/$/);
      await expect(page.locator('.present')).toHaveCount(0);
      await expect(page.getByRole('heading', { name: '报告原文' })).toBeVisible();
    });
  }

  test('a slide link opened afresh leaves to its view, and Back goes to the page before', async ({ page }) => {
    await open(page, 'view=figures');
    await open(page, 'view=clusters&present=1&slide=4');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 5);
    await page.keyboard.press('Escape');
    await expect(page.locator('.present')).toHaveCount(0);
    await expect(page).toHaveURL(/\/clusters\/$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/figures\/$/);
    await expect(page.locator('.present')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /数据台账/ })).toBeVisible();
  });

  test('Back during the presentation returns to the view, Forward to the slide reached', async ({ page }) => {
    await open(page, 'view=zones');
    await page.getByRole('button', { name: '演示' }).click();
    await expectSlide(page, 1);
    await page.keyboard.press('End');
    await expectSlide(page, TOTAL);
    await page.goBack();
    await expect(page).toHaveURL(/\/zones\/$/);
    await expect(page.locator('.present')).toHaveCount(0);
    await page.goForward();
    await expectSlide(page, TOTAL);
  });
});

test.describe('page title', () => {
  for (const [lang, present, first, third, app] of [
    ['zh', '演示', '1/14 · 2024年吴中区政府工作报告 · 演示', '3/14 · 2024年主要预期目标 · 演示', '吴中区2024年政府工作报告 · 数据看板'],
    [
      'en',
      'Present',
      '1/14 · Wuzhong District Government Work Report 2024 · Presentation',
      '3/14 · 2024 expected targets · Presentation',
      'Wuzhong District 2024 Government Work Report · Dashboard',
    ],
  ] as const) {
    test(`each slide names itself in the page title in ${lang}`, async ({ page }) => {
      await open(page, `view=figures&lang=${lang}`);
      const before = await page.title();
      await page.getByRole('button', { name: present, exact: true }).click();
      await expect(page).toHaveTitle(`${first} · ${app}`);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveTitle(`${third} · ${app}`);
      await page.keyboard.press('Escape');
      await expect(page).toHaveTitle(before);
    });
  }
});

test.describe('on a phone held upright', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const [slide, address, lang, shows] of [
    [10, '/en/figures/?section=review-ecology', 'en', 'PM2.5'],
    [9, '/zones/new-city/?lang=zh', 'zh', '太湖新城签约落户项目'],
    [4, '/en/clusters/', 'en', 'Robotics'],
  ] as const) {
    test(`slide ${slide} opens as the dashboard view its QR code points to (${lang})`, async ({ page }) => {
      await open(page, `present=1&slide=${slide}&lang=${lang}`);
      // The view's own page: English in the path (en/), Chinese asked for stays in the query.
      await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(address);
      await expect(page.locator('.present')).toHaveCount(0);
      await expect(page.getByText(shows).first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  }
});

for (const lang of ['zh', 'en'] as const) {
  test(`a figure's name on a slide opens its official term in plain words, over the slide, in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await open(page, `present=1&slide=2&lang=${lang}`);
    const gdp = page.locator('.present-stage [data-value] .term-hint[data-term="grp"]').first();
    const name = gdp.getByRole('button', { name: lang === 'zh' ? '地区生产总值' : /Gross regional product/ });
    await expect(name).toHaveAttribute('aria-expanded', 'false');
    const rowsBefore = await page.locator('.slide-cards').evaluate((el) => el.getBoundingClientRect().height);
    await name.click();
    const note = gdp.getByRole('note');
    await expect(note).toBeVisible();
    await expect(note).toContainText(lang === 'zh' ? '一个地区一年里新创造的价值' : 'The value newly created in the district in a year');
    // Read from the back of the room, inside the stage, and nothing moves under it.
    expect(await note.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
    const box = (await note.boundingBox())!;
    const stage = (await page.locator('.present-stage').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(stage.x + stage.width);
    expect(box.y + box.height).toBeLessThanOrEqual(stage.y + stage.height);
    expect(await page.locator('.slide-cards').evaluate((el) => el.getBoundingClientRect().height)).toBe(rowsBefore);
    // Escape closes the explanation, not the presentation; the clicker still moves on.
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
    await expect(page.locator('.present')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3);
  });
}
