import { describe, expect, it } from 'vitest';
import { integerDigits, shiftDecimal } from './decimal';

describe('shiftDecimal', () => {
  it.each([
    ['1638', 8, '163800000000'],
    ['1638', -1, '163.8'],
    ['4.86', 2, '486'],
    ['4579.4', -2, '45.794'],
    ['222.6', -1, '22.26'],
    ['0.5', 1, '5'],
    ['3', -3, '0.003'],
    ['1.7', 4, '17000'],
    ['3.45', 4, '34500'],
    ['100', 0, '100'],
  ])('shiftDecimal(%s, %i) = %s', (input, places, expected) => {
    expect(shiftDecimal(input, places)).toBe(expected);
  });

  it('refuses anything but plain decimal digits', () => {
    expect(() => shiftDecimal('1e5', 1)).toThrow();
    expect(() => shiftDecimal('-3', 1)).toThrow();
  });

  it('counts integer digits', () => {
    expect(integerDigits('163800000000')).toBe(12);
    expect(integerDigits('0.5')).toBe(0);
  });
});
