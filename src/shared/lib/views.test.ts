import { describe, expect, it } from 'vitest';
import { parseView, viewHref } from './views';
import { withParams } from './urlState';

describe('parseView', () => {
  it('accepts the known views', () => {
    expect(parseView('clusters')).toBe('clusters');
    expect(parseView('report')).toBe('report');
  });
  it.each([null, '', 'Overview', '<script>alert(1)</script>', '(((', 'x'.repeat(5000), 'constructor', '__proto__'])(
    'falls back to the overview for %s',
    (value) => expect(parseView(value)).toBe('overview'),
  );
});

describe('viewHref', () => {
  it('keeps the language and drops other parameters', () => {
    expect(viewHref('?lang=en&q=PM2.5&view=figures', 'clusters')).toBe('?view=clusters&lang=en');
    expect(viewHref('?q=x', 'overview')).toBe('./');
    expect(viewHref('', 'report', { fig: 'gdp@2023' })).toBe('?view=report&fig=gdp%402023');
  });
});

describe('withParams', () => {
  it('sets and removes parameters', () => {
    expect(withParams('?view=figures&q=old', { q: 'new', sort: null })).toBe('?view=figures&q=new');
    expect(withParams('?q=old', { q: '' })).toBe('');
  });
});
