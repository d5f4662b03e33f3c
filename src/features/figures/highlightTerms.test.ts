import { describe, expect, it } from 'vitest';
import { highlightTerms } from './highlightTerms';

const marked = (text: string, q: string) =>
  highlightTerms(text, q)
    .filter((r) => r.match)
    .map((r) => r.text);

describe('highlightTerms', () => {
  it('marks every occurrence of every term', () => {
    expect(marked('湿地规划，优化湿地布局', '湿地')).toEqual(['湿地', '湿地']);
    expect(marked('全年PM2.5浓度29.2微克/立方米', 'pm2.5 浓度')).toEqual(['PM2.5浓度']);
  });

  it('matches normalised forms but returns the original characters', () => {
    expect(marked('国考断面水质优Ⅲ比例保持100%', 'iii')).toEqual(['Ⅲ']);
    expect(marked('ＰＭ２.５', 'pm2.5')).toEqual(['ＰＭ２.５']);
  });

  it('keeps the text intact and treats pattern characters literally', () => {
    const text = '“2+4+N”招商体系(不断)完善';
    for (const q of ['(', '+', '.*', '<b>', '']) {
      expect(
        highlightTerms(text, q)
          .map((r) => r.text)
          .join(''),
      ).toBe(text);
    }
    expect(marked(text, '+4+')).toEqual(['+4+']);
    expect(marked(text, '.*')).toEqual([]);
  });
});
