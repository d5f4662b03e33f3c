// @vitest-environment jsdom
import '../test/domSetup';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { initI18n } from '../shared/i18n/i18n';
import { useLanguageSync } from './useLanguage';

beforeAll(async () => {
  await initI18n('zh');
});

afterEach(() => vi.restoreAllMocks());

/** Counts writes to <html lang> while rendering the hook in `lang` on a page whose <html lang> is `before`. */
function langWrites(before: string, lang: 'zh' | 'en'): string[] {
  const root = document.documentElement;
  root.lang = before;
  const writes: string[] = [];
  const setter = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'lang')?.set;
  vi.spyOn(root, 'lang', 'set').mockImplementation((value: string) => {
    writes.push(value);
    setter?.call(root, value);
  });
  renderHook(() => useLanguageSync(lang));
  return writes;
}

describe('<html lang>', () => {
  it('is written when the page is in another language', () => {
    expect(langWrites('en', 'zh')).toEqual(['zh-CN']);
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('is left alone when it already names the language (a prerendered page being hydrated)', () => {
    expect(langWrites('zh-CN', 'zh')).toEqual([]);
    expect(langWrites('en', 'en')).toEqual([]);
  });
});
