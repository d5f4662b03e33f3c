import { describe, expect, it } from 'vitest';
import { resolveLanguage } from './resolveLanguage';

describe('resolveLanguage', () => {
  it('defaults to Chinese', () => expect(resolveLanguage('', null)).toBe('zh'));
  it('uses the stored choice', () => expect(resolveLanguage('?view=clusters', 'en')).toBe('en'));
  it('lets the URL win over the stored choice', () => {
    expect(resolveLanguage('?lang=zh', 'en')).toBe('zh');
    expect(resolveLanguage('?lang=en', 'zh')).toBe('en');
  });
  it('ignores unknown values', () => {
    expect(resolveLanguage('?lang=fr', null)).toBe('zh');
    expect(resolveLanguage('?lang=<script>', 'en')).toBe('en');
    expect(resolveLanguage('?lang=', 'xx')).toBe('zh');
  });
});
