import { readableOn } from "../view/stateColors.ts";
import { toCss } from "../view/Theme.ts";

/** A stator cell's colour (period 1): grey, 6.6:1 on the dark theme's empty cells. */
export const STATOR_COLOR = "#9da7b3";

/**
 * Rotor colours by rank of period, shortest first: each at least 5:1 on the dark theme's empty
 * cells (#161a22) and told apart by hue; past eight periods they repeat.
 */
export const ROTOR_COLORS: readonly string[] = [
  "#79c0ff",
  "#7ee787",
  "#e3b341",
  "#ffa657",
  "#ff7b72",
  "#d2a8ff",
  "#f778ba",
  "#56d4dd",
];

/**
 * The colour of each period that occurs in an oscillator's cell map: grey for the stator, the
 * rotor's periods in ROTOR_COLORS' order, ascending, each moved (lighter or darker, same hue)
 * until it stands out 3:1 against the theme's `empty` cells (on the dark theme's they stand as
 * they are). The legend and the map both use it.
 */
export function periodColors(periods: readonly number[], empty: number): Map<number, string> {
  const readable = (css: string) => toCss(readableOn(Number.parseInt(css.slice(1), 16), empty));
  const colors = new Map<number, string>();
  let rank = 0;
  for (const period of [...periods].sort((a, b) => a - b)) {
    if (colors.has(period)) continue;
    if (period === 1) colors.set(1, readable(STATOR_COLOR));
    else colors.set(period, readable(ROTOR_COLORS[rank++ % ROTOR_COLORS.length] as string));
  }
  return colors;
}
