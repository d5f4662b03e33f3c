import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatReportDate } from './formatDate';

describe('formatReportDate', () => {
  it('writes the report date in both languages', () => {
    expect(formatReportDate('2024-01-08', 'zh')).toBe('2024年1月8日');
    expect(formatReportDate('2024-01-08', 'en')).toBe('8 January 2024');
  });
});

describe('formatPartialDate', () => {
  it('says a date at the precision it is known', () => {
    expect(formatPartialDate('2025-01-06', 'en')).toBe('6 January 2025');
    expect(formatPartialDate('2025-01', 'zh')).toBe('2025年1月');
    expect(formatPartialDate('2025-01', 'en')).toBe('January 2025');
    expect(formatPartialDate('2025', 'zh')).toBe('2025年');
    expect(formatPartialDate('2025', 'en')).toBe('2025');
  });
});
