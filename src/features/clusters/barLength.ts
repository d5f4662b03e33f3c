/**
 * A bar's length in percent of the plot's width: the axis runs from 0 to `max × labelRoom`,
 * so the longest bar leaves room for its printed value and charts that share `max` compare.
 * Drawn as an SVG percentage length, it needs no measurement: the page prerenders it as it stays.
 */
export function barPercent(value: number, max: number, labelRoom: number): number {
  const end = max * labelRoom;
  if (!(end > 0) || !(value > 0)) return 0;
  // Four decimals: a tenth of a pixel on a 100 000 px plot, and the same string on the server and the client.
  return Math.round(Math.min(1, value / end) * 1e6) / 1e4;
}
