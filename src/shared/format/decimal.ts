/**
 * Exact decimal scaling on the printed digits, so converting 4579.4万元 to
 * 45.794 million never picks up binary floating-point noise (45.794000000000004).
 */

/** Moves the decimal point of a plain decimal string: shiftDecimal("4.86", 2) === "486". */
export function shiftDecimal(digits: string, places: number): string {
  if (!/^\d+(\.\d+)?$/.test(digits)) throw new Error(`not a plain decimal: ${digits}`);
  const [whole = '', fraction = ''] = digits.split('.');
  const all = whole + fraction;
  const point = whole.length + places;
  let result: string;
  if (point <= 0) result = `0.${'0'.repeat(-point)}${all}`;
  else if (point >= all.length) result = all + '0'.repeat(point - all.length);
  else result = `${all.slice(0, point)}.${all.slice(point)}`;
  return trimDecimal(result);
}

function trimDecimal(s: string): string {
  let out = s.replace(/^0+(?=\d)/, '');
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  return out === '' ? '0' : out;
}

/** The number of digits before the decimal point, ignoring leading zeros ("0.5" → 0, "163.8" → 3). */
export function integerDigits(digits: string): number {
  const whole = digits.split('.')[0]?.replace(/^0+/, '') ?? '';
  return whole.length;
}
