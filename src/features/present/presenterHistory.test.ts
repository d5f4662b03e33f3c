import { describe, expect, it } from 'vitest';
import { isViewBefore, viewQuery } from './presenterHistory';

const base = 'https://data.example.gov.cn/wuzhong/';

describe('presenter history', () => {
  it('reads a view address without the presenter parameters, in a stable order', () => {
    expect(viewQuery(`${base}?view=clusters&present=1&slide=4&lang=en`)).toBe(`${base}?lang=en&view=clusters`);
    expect(viewQuery(`${base}?lang=en&view=clusters`)).toBe(`${base}?lang=en&view=clusters`);
  });

  it('knows the view a presentation was opened over', () => {
    const here = `${base}?view=figures&q=PM2.5&present=1&slide=3`;
    expect(isViewBefore(`${base}?view=figures&q=PM2.5`, here)).toBe(true);
    expect(isViewBefore(`${base}?q=PM2.5&view=figures`, here)).toBe(true);
  });

  it('does not take another view, another page, another slide or nothing for it', () => {
    const here = `${base}?view=clusters&present=1&slide=4`;
    expect(isViewBefore(`${base}?view=figures`, here)).toBe(false);
    expect(isViewBefore(`${base}?view=clusters&lang=en`, here)).toBe(false);
    expect(isViewBefore(`https://elsewhere.example/?view=clusters`, here)).toBe(false);
    expect(isViewBefore(`${base}?view=clusters&present=1&slide=3`, here)).toBe(false);
    expect(isViewBefore(null, here)).toBe(false);
    expect(isViewBefore(undefined, here)).toBe(false);
  });
});
