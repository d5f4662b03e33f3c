import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, open } from './fixtures';
import { expectNoAxeViolations } from './axe';

const TOTAL = 14;
const GDP_SENTENCE = '2023年完成地区生产总值1638亿元、增长4.5%';

const audienceCount = (page: Page) => page.locator('.present-count');
const speakerCount = (page: Page) => page.locator('.speaker-count');

/** Opens the speaker view from the audience's window with S, as the presenter does. */
async function openSpeaker(context: BrowserContext, audience: Page): Promise<Page> {
  const popup = context.waitForEvent('page');
  await audience.keyboard.press('s');
  const speaker = await popup;
  await expect(speaker.locator('.speaker')).toBeVisible();
  await expect(speaker.locator('[data-peer="open"]')).toBeVisible();
  return speaker;
}

async function expectBoth(audience: Page, speaker: Page, n: number): Promise<void> {
  await expect(audienceCount(audience)).toContainText(`${n} / ${TOTAL}`);
  await expect(speakerCount(speaker)).toContainText(`${n} / ${TOTAL}`);
  await expect(audience).toHaveURL(new RegExp(`slide=${n}(&|$)`));
  await expect(speaker).toHaveURL(new RegExp(`slide=${n}(&|$)`));
}

for (const lang of ['zh', 'en'] as const) {
  test.describe(`speaker view in ${lang}`, () => {
    test('opens with S, and clicker keys in either window keep both on the same slide', async ({ page, context }) => {
      await open(page, `present=1&slide=1&lang=${lang}`);
      const speaker = await openSpeaker(context, page);
      await expect(speaker).toHaveURL(/present=1/);
      await expect(speaker).toHaveURL(/speaker=1/);
      await expect(speaker.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      // Its own title and layout: never mistaken for the audience's window.
      await expect(speaker).toHaveTitle(lang === 'zh' ? /^演讲者视图 · 1\/14/ : /^Speaker view · 1\/14/);
      await expect(page).not.toHaveTitle(/演讲者视图|Speaker view/);
      await expect(speaker.locator('.present-stage:not(.speaker-preview .present-stage)')).toHaveCount(0);
      await expectBoth(page, speaker, 1);

      for (const [window, key, expected] of [
        [speaker, 'PageDown', 2],
        [page, 'ArrowRight', 3],
        [speaker, 'Space', 4],
        [page, 'PageDown', 5],
        [speaker, 'ArrowRight', 6],
        [page, 'PageUp', 5],
        [speaker, 'ArrowLeft', 4],
        [speaker, 'Backspace', 3],
        [page, 'ArrowDown', 4],
        [speaker, 'End', TOTAL],
        [page, 'Home', 1],
      ] as const) {
        await window.keyboard.press(key);
        await expectBoth(page, speaker, expected);
      }
      await speaker.keyboard.type('12');
      await speaker.keyboard.press('Enter');
      await expectBoth(page, speaker, 12);
      // The buttons move both too.
      await speaker.getByRole('button', { name: lang === 'zh' ? '下一页' : 'Next', exact: true }).click();
      await expectBoth(page, speaker, 13);
      // The speaker view shows the next slide, and says so on the last.
      await expect(speaker.locator('[data-role="next"] [data-preview="closing"]')).toBeVisible();
      await expect(speaker.locator('[data-role="current"] [data-preview="outcomes"]')).toBeVisible();
      await speaker.keyboard.press('End');
      await expect(speaker.locator('[data-role="next"]')).toHaveCount(0);
      await expect(speaker.locator('.speaker-next')).toContainText(lang === 'zh' ? '这是最后一页' : 'This is the last slide');
    });

    // The keys do not depend on the language: once is enough.
    if (lang === 'zh')
      test('blackout, whiteout and auto-advance from the speaker view act on the audience, shown as a status', async ({
        page,
        context,
      }) => {
        await open(page, `present=1&slide=4&lang=${lang}`);
        const speaker = await openSpeaker(context, page);
        await speaker.keyboard.press('b');
        await expect(page.locator('[data-blackout="black"]')).toBeVisible();
        await expect(speaker.locator('[data-screen="black"]')).toBeVisible();
        // The speaker's own window is not blacked out.
        await expect(speaker.locator('.speaker-notes')).toBeVisible();
        await speaker.keyboard.press('b');
        await expect(page.locator('[data-blackout]')).toHaveCount(0);
        await expect(speaker.locator('[data-screen="slide"]')).toBeVisible();
        await speaker.keyboard.press('w');
        await expect(page.locator('[data-blackout="white"]')).toBeVisible();
        await expect(speaker.locator('[data-screen="white"]')).toBeVisible();
        // A moving key first brings back the slide, in both windows.
        await speaker.keyboard.press('PageDown');
        await expect(page.locator('[data-blackout]')).toHaveCount(0);
        await expectBoth(page, speaker, 4);
        // A blackout from the audience's window shows in the speaker's.
        await page.keyboard.press('.');
        await expect(speaker.locator('[data-screen="black"]')).toBeVisible();
        await page.keyboard.press('.');
        await expect(speaker.locator('[data-screen="slide"]')).toBeVisible();

        await speaker.keyboard.press('p');
        await expect(page.locator('.present-progress')).toBeVisible();
        await expect(speaker.locator('[data-auto="on"]')).toBeVisible();
        await speaker.keyboard.press('p');
        await expect(page.locator('.present-progress')).toHaveCount(0);
        await expect(speaker.locator('[data-auto="on"]')).toHaveCount(0);
      });

    test('the headline slide’s notes give the report’s GDP sentence; axe finds nothing on the speaker view', async ({ page, context }) => {
      await open(page, `present=1&slide=2&lang=${lang}`);
      const speaker = await openSpeaker(context, page);
      const notes = speaker.locator('.speaker-notes');
      await expect(notes).toContainText(GDP_SENTENCE);
      // The report text has loaded: the sentence runs on to its end.
      await expect(notes).toContainText(`${GDP_SENTENCE}（预计数、下同）；`);
      const sentence = notes.locator('.speaker-sentence', { hasText: GDP_SENTENCE });
      await expect(sentence).toHaveAttribute('lang', 'zh-CN');
      const gdp = notes.locator('[data-value="gdp@2023"]');
      if (lang === 'en') await expect(gdp).toContainText('Gross regional product');
      await expect(gdp).toContainText(lang === 'zh' ? '1638亿元，增长4.5%' : 'CNY 163.8 billion, up 4.5%');
      await expect(notes.locator('.speaker-note')).toHaveCount(10);
      // A target's note says what happened to it.
      await speaker.keyboard.press('PageDown');
      await expect(notes.locator('[data-value="gdp@2024"] [data-status="met"]')).toBeVisible();
      await expect(notes.locator('[data-value="industrial-investment@2024"] [data-status="missed"]')).toBeVisible();
      // axe on the notes with their outcomes, then on the closing slides with the rehearsal on.
      await expectNoAxeViolations(speaker);
      await speaker.keyboard.press('End');
      await speaker.keyboard.press('ArrowLeft');
      await expect(speakerCount(speaker)).toContainText(`13 / ${TOTAL}`);
      await speaker.getByRole('checkbox').check();
      await expectNoAxeViolations(speaker);
    });
  });
}

test('closing the audience’s window leaves the speaker view working, and it can open the audience again', async ({ page, context }) => {
  await open(page, 'present=1&slide=2');
  const speaker = await openSpeaker(context, page);
  await page.close();
  await expect(speaker.locator('[data-peer="closed"]')).toBeVisible({ timeout: 10_000 });
  await speaker.keyboard.press('PageDown');
  await expect(speakerCount(speaker)).toContainText(`3 / ${TOTAL}`);
  await expect(speaker).toHaveURL(/slide=3/);
  await expect(speaker.locator('[data-role="current"] [data-preview="targets"]')).toBeVisible();
  await expect(speaker.locator('.speaker-notes [data-value="gdp@2024"]')).toBeVisible();
  // The timer still runs.
  await speaker.keyboard.press('t');
  await expect(speaker.locator('.speaker-timer[data-running="true"]')).toBeVisible();
  await expect(speaker.locator('.speaker-timer-value')).not.toHaveText('0:00', { timeout: 5000 });
  await speaker.keyboard.press('t');
  await speaker.keyboard.press('r');
  await expect(speaker.locator('.speaker-timer-value')).toHaveText('0:00');

  const popup = context.waitForEvent('page');
  await speaker.getByRole('button', { name: '打开观众窗口' }).click();
  const audience = await popup;
  await expect(audienceCount(audience)).toContainText(`3 / ${TOTAL}`);
  await expect(speaker.locator('[data-peer="open"]')).toBeVisible();
  await audience.keyboard.press('ArrowRight');
  await expectBoth(audience, speaker, 4);
});

test('closing the speaker view leaves the audience’s window working', async ({ page, context }) => {
  await open(page, 'present=1&slide=5');
  const speaker = await openSpeaker(context, page);
  await speaker.close();
  await page.keyboard.press('ArrowRight');
  await expect(audienceCount(page)).toContainText(`6 / ${TOTAL}`);
  // S opens it again, at the slide the audience is on.
  const again = await openSpeaker(context, page);
  await expect(speakerCount(again)).toContainText(`6 / ${TOTAL}`);
});

test('a blocked second window says so, and how to allow it', async ({ page }) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await open(page, 'present=1&slide=1');
  await page.keyboard.press('s');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('浏览器拦截了新窗口');
  await expect(alert).toContainText('允许此网站的弹出式窗口');
  await alert.getByRole('button').click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The presentation goes on.
  await page.keyboard.press('ArrowRight');
  await expect(audienceCount(page)).toContainText(`2 / ${TOTAL}`);
});

test('the keys are a native modal dialog: Escape closes it and focus returns', async ({ page }) => {
  await open(page, 'present=1&slide=3&lang=en');
  await page.getByRole('button', { name: 'Keys' }).click();
  const dialog = page.locator('dialog.present-help');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).toBe(true);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog).toContainText('Open the speaker view');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Keys' })).toBeFocused();
  await expect(audienceCount(page)).toContainText(`3 / ${TOTAL}`);
  await expect(page.locator('.present')).toBeVisible();
});

/** What does not fit on the speaker's screen, and the smallest text of the notes. */
function measureSpeaker() {
  const out: string[] = [];
  if (document.documentElement.scrollHeight > window.innerHeight + 1) out.push('page scrolls');
  if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push('page scrolls sideways');
  for (const el of document.querySelectorAll<HTMLElement>('.speaker-top, .speaker-slides, .speaker-notes, .speaker-bar')) {
    if (el.scrollHeight > el.clientHeight + 1) out.push(`${el.className} overflows by ${el.scrollHeight - el.clientHeight}px`);
    const rect = el.getBoundingClientRect();
    if (rect.bottom > window.innerHeight + 1 || rect.right > window.innerWidth + 1) out.push(`${el.className} is off screen`);
  }
  let smallest = Infinity;
  for (const el of document.querySelectorAll<HTMLElement>('.speaker-notes *')) {
    if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')) continue;
    smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
  }
  const timer = parseFloat(getComputedStyle(document.querySelector('.speaker-timer-value')!).fontSize);
  return { out, smallest, timer };
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const) {
  for (const lang of ['zh', 'en'] as const) {
    test(`every slide’s speaker view fits ${size.width}×${size.height} in ${lang}, notes at 20 px or more`, async ({ page }) => {
      await page.setViewportSize(size);
      await open(page, `present=1&speaker=1&slide=1&lang=${lang}`);
      await expect(page.locator('.speaker-notes')).toBeVisible();
      // With the report text loaded, the sentences are at their longest.
      await page.keyboard.press('PageDown');
      await expect(page.locator('.speaker-notes')).toContainText(`${GDP_SENTENCE}（预计数、下同）；`);
      await page.keyboard.press('Home');
      for (let n = 1; n <= TOTAL; n++) {
        if (n > 1) await page.keyboard.press('PageDown');
        await expect(speakerCount(page)).toContainText(`${n} / ${TOTAL}`);
        const { out, smallest, timer } = await page.evaluate(measureSpeaker);
        expect(out, `slide ${n}`).toEqual([]);
        if (Number.isFinite(smallest)) expect(smallest, `slide ${n}: smallest note text`).toBeGreaterThanOrEqual(20);
        expect(timer).toBeGreaterThanOrEqual(40);
      }
    });
  }
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('both windows work with the network off after one visit', async ({ page, context }) => {
    await open(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    await page.goto('./?present=1&slide=1');
    await expect(audienceCount(page)).toContainText(`1 / ${TOTAL}`);
    const speaker = await openSpeaker(context, page);
    await speaker.keyboard.press('PageDown');
    await expectBoth(page, speaker, 2);
    await expect(speaker.locator('.speaker-notes')).toContainText(`${GDP_SENTENCE}（预计数、下同）；`);
    await page.keyboard.press('PageDown');
    await expectBoth(page, speaker, 3);
    await speaker.keyboard.press('b');
    await expect(page.locator('[data-blackout="black"]')).toBeVisible();
  });
});

test('rehearsal: each slide’s share of the budget, and a gentle sign when a slide runs over', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-01-08T09:00:00') });
  await open(page, 'present=1&speaker=1&slide=2&lang=en');
  // From here the clock moves only when the test moves it.
  await page.clock.pauseAt(new Date('2026-01-08T09:05:00'));
  await page.getByRole('checkbox', { name: 'Rehearsal' }).check();
  // Ten minutes shared by 14 slides: 0:42 each (42.9 s); five minutes, 21.4 s.
  await expect(page.locator('[data-pace="within"]')).toHaveText('This slide 0:00 / 0:42');
  await page.getByRole('combobox', { name: 'Total' }).selectOption('5');
  await expect(page.locator('[data-pace="within"]')).toHaveText('This slide 0:00 / 0:21');
  await page.getByRole('button', { name: 'Start timer' }).click();
  await page.clock.runFor(25_000);
  await expect(page.locator('[data-pace="over"]')).toContainText('over by 0:03');
  await expect(page.locator('.speaker-timer-value')).toHaveText('0:25');
  // The next slide starts its own count; the total runs on.
  await page.keyboard.press('PageDown');
  await page.clock.runFor(2_000);
  await expect(page.locator('[data-pace="within"]')).toHaveText('This slide 0:02 / 0:21');
  await expect(page.locator('.speaker-timer-value')).toHaveText('0:27');
  // Paused, nothing counts.
  await page.keyboard.press('t');
  await page.clock.runFor(10_000);
  await expect(page.locator('.speaker-timer-value')).toHaveText('0:27');
});
