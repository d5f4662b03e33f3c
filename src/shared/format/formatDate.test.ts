import { describe, expect, it } from 'vitest';
import { formatReportDate } from './formatDate';

describe('formatReportDate', () => {
  it('writes the report date in both languages', () => {
    expect(formatReportDate('2024-01-08', 'zh')).toBe('2024年1月8日');
    expect(formatReportDate('2024-01-08', 'en')).toBe('8 January 2024');
  });
});
