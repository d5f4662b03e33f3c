import { describe, expect, it } from 'vitest';
import zh from './locales/zh.json';
import en from './locales/en.json';
import formatWords from './locales/format.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): [string, string][] {
  if (typeof value === 'string') return [['', value]];
  return Object.entries(value as object).flatMap(([key, inner]) => leaves(inner).map(([k, v]) => [`${key}.${k}`, v] as [string, string]));
}

describe('translations', () => {
  it('have exactly the same keys in both languages', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    expect(keys(formatWords.en).sort()).toEqual(keys(formatWords.zh).sort());
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const enLeaves = new Map(leaves(en));
    for (const [key, text] of leaves(zh)) expect(vars(enLeaves.get(key) ?? ''), key).toEqual(vars(text));
  });

  it('leave no Chinese in English text except the language switch', () => {
    const offenders = leaves(en).filter(([key, text]) => /[\u4e00-\u9fff]/.test(text) && key !== 'header.switchLanguage.');
    expect(offenders).toEqual([]);
  });

  it('have no empty strings', () => {
    expect([...leaves(zh), ...leaves(en)].filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});
