// @vitest-environment jsdom
import '../../test/domSetup';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import { initI18n } from '../../shared/i18n/i18n';
import type { Lang } from '../../shared/i18n/lang';
import { ZoneMap } from './ZoneMap';

beforeAll(async () => {
  await initI18n('zh');
});

async function drawMap(lang: Lang) {
  await i18next.changeLanguage(lang);
  const { container } = render(<ZoneMap zones={dataset.zones} selected="new-city" onSelect={() => {}} lang={lang} />);
  return [...container.querySelectorAll<SVGGElement>('.zone-button')];
}

/** The text drawn inside a button, as a checker of WCAG 2.5.3 reads it: every text node, aria-hidden or not. */
const drawnText = (button: Element) => (button.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the zones map’s buttons', () => {
  it.each(['zh', 'en'] as const)('print only words their names contain, lines apart (%s)', async (lang) => {
    const buttons = await drawMap(lang);
    expect(buttons.length).toBeGreaterThan(5);
    for (const button of buttons) {
      // The map may shorten a name ("Hi-tech Zone" for "Wuzhong Hi-tech Zone"), never add to it.
      expect(button.getAttribute('aria-label')).toContain(drawnText(button));
      expect(drawnText(button)).not.toBe('');
    }
  });

  it('keeps the lines of an English label apart by a space that is not at a line’s end', async () => {
    const buttons = await drawMap('en');
    const wrapped = buttons.map((b) => b.querySelector('.zone-label')!).filter((label) => label.querySelectorAll('tspan').length > 1);
    expect(wrapped.length).toBeGreaterThan(0);
    for (const label of wrapped) {
      const pieces = [...label.querySelectorAll('tspan')].map((tspan) => tspan.textContent);
      // Line, space, line…: each space a piece of its own, so no line is widened by it.
      expect(pieces.filter((_, i) => i % 2 === 1).every((piece) => piece === ' ')).toBe(true);
      expect(pieces.filter((_, i) => i % 2 === 0).every((piece) => piece === piece!.trim() && piece !== '')).toBe(true);
    }
  });

  it('draws the priority marker’s digit as a path, with no text in the marker', async () => {
    const buttons = await drawMap('zh');
    const markers = buttons.flatMap((b) => [...b.querySelectorAll('.zone-marker')]);
    expect(markers).toHaveLength(4);
    for (const marker of markers) {
      expect(marker.getAttribute('aria-hidden')).toBe('true');
      expect(marker.querySelector('text')).toBeNull();
      expect(marker.querySelector('path.zone-marker-digit')?.getAttribute('d')).toMatch(/^M.+Z$/);
    }
  });
});
