import { UNIT_CODES } from '../dataset/codes';
import type { UnitCode } from '../dataset/schema';

/**
 * Finds the figures printed in the report text: an Arabic number followed by
 * one of the dataset's units. Pure, so the coverage test and the report view
 * agree on what a figure is.
 */

export interface NumberToken {
  /** The digits as printed, e.g. "4.86". */
  text: string;
  value: number;
  start: number;
  end: number;
  /** The unit written after the number (after an optional 余), if it is one of UNIT_CODES. */
  unit?: UnitCode;
  /** End of the whole figure, unit included. */
  figureEnd: number;
}

// Longest first, so 万人次 wins over 万人 and 亿美元 over 亿元.
const UNITS_LONGEST_FIRST = [...UNIT_CODES].sort((a, b) => b.length - a.length);

export function unitAt(text: string, position: number): UnitCode | undefined {
  return UNITS_LONGEST_FIRST.find((unit) => text.startsWith(unit, position));
}

export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const afterOdd = text[end] === '余' ? end + 1 : end;
    const unit = unitAt(text, afterOdd);
    tokens.push({
      text: match[0],
      value: Number(match[0]),
      start,
      end,
      unit,
      figureEnd: unit ? afterOdd + unit.length : end,
    });
  }
  return tokens;
}

/** A four-digit year before 年 (2023年), or a month or day (1月8日): dates, not figures. */
export function isCalendarDate(text: string, token: NumberToken): boolean {
  const next = text[token.end];
  if (/^\d{4}$/.test(token.text) && token.value >= 1900 && token.value <= 2100 && next === '年') return true;
  return next === '月' || next === '日';
}

/** The position of a quote in the report, or an explanation of why it has none. */
export function locateQuote(report: string, quote: string): { start: number; end: number } | { error: string } {
  const start = report.indexOf(quote);
  if (start < 0) return { error: 'not found verbatim in the report' };
  if (report.indexOf(quote, start + 1) >= 0) return { error: 'occurs more than once in the report' };
  return { start, end: start + quote.length };
}
