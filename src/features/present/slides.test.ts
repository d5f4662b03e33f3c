import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import { valueById } from '../../shared/dataset/selectors';
import { buildSlides, ECOLOGY_VALUES, LIVELIHOOD_VALUES, parseSlideNumber, slideUrl } from './slides';

describe('buildSlides', () => {
  const slides = buildSlides(dataset);

  it('runs from the title through the dashboard to a closing slide', () => {
    expect(slides.map((s) => s.id)).toEqual([
      'title',
      'headline',
      'targets',
      'clusters',
      'zones',
      'zone-etdz',
      'zone-hitech',
      'zone-resort',
      'zone-new-city',
      'ecology',
      'livelihoods',
      'priorities',
      'outcomes',
      'closing',
    ]);
  });

  it('refers to figures that exist in the dataset', () => {
    for (const id of [...ECOLOGY_VALUES, ...LIVELIHOOD_VALUES]) expect(valueById(dataset, id), id).toBeDefined();
  });
});

describe('parseSlideNumber', () => {
  it.each([
    ['3', 3],
    ['1', 1],
    ['14', 14],
    ['99', 14],
    ['0', 1],
    ['-2', 1],
    ['abc', 1],
    ['<script>', 1],
    [null, 1],
    ['1e3', 1],
  ])('%s → %i', (value, expected) => expect(parseSlideNumber(value, 14)).toBe(expected));
});

describe('slideUrl', () => {
  it('opens the slide’s view on the public base, in the presenter’s language', () => {
    const slides = buildSlides(dataset);
    const zone = slides.find((s) => s.id === 'zone-new-city')!;
    expect(slideUrl('https://example.gov.cn/wuzhong/', zone, 'en')).toBe('https://example.gov.cn/wuzhong/en/zones/new-city/');
    expect(slideUrl('http://localhost:4173/', slides[0]!, 'zh')).toBe('http://localhost:4173/?lang=zh');
  });
});
