/**
 * The priority marker's "1", drawn as a path rather than as text: the marker is a picture
 * (aria-hidden), and a digit drawn as text would still count as words printed on its zone's
 * button, which the button's name does not contain. The outline is DejaVu Sans Bold's "one"
 * (its font units, 2048 to the em; straight lines only), the face the digit was set in before,
 * placed as `text-anchor: middle` and `dominant-baseline: central` placed it.
 */
const UNITS_PER_EM = 2048;
const ADVANCE = 1425;
/** Half the ascent less the descent: how far `central` moves the baseline down. */
const CENTRAL_SHIFT = (1901 - 483) / 2;
const OUTLINE: readonly (readonly [number, number])[] = [
  [240, 266],
  [580, 266],
  [580, 1231],
  [231, 1159],
  [231, 1421],
  [578, 1493],
  [944, 1493],
  [944, 266],
  [1284, 266],
  [1284, 0],
  [240, 0],
];

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The digit at `fontSize`, centred on x = 0 with its middle line at y = `dy`, as a path's `d`. */
export function digitOnePath(fontSize: number, dy = 0): string {
  const scale = fontSize / UNITS_PER_EM;
  const points = OUTLINE.map(([x, y]) => `${round2((x - ADVANCE / 2) * scale)} ${round2(dy + (CENTRAL_SHIFT - y) * scale)}`);
  return `M${points.join(' L')} Z`;
}
