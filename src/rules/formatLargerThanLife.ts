import { mergeRanges } from "./mergeRanges.ts";
import { SHAPE_LETTERS } from "./parseLargerThanLife.ts";
import type { CountRange, LargerThanLifeRule } from "./Rule.ts";

/**
 * A Larger than Life rule as Golly prints it (ltlalgo.cpp): `R5,C0,M1,S34..58,B34..45,NM` when
 * written so (one range each), or HROT's `R5,C0,S33-57,B34-45` (`,NN` or `,NC` after it for the
 * other shapes, `,N@` or `,NW` with the cells as written) for `notation: "hrot"` and for lists. C is 0 for 2 states. HROT does not count
 * the middle cell, so a rule that does is written with its survival counts one lower.
 */
export function formatLargerThanLife(rule: LargerThanLifeRule): string {
  const c = rule.states > 2 ? rule.states : 0;
  const letter = `${SHAPE_LETTERS[rule.shape]}${rule.cells ?? ""}`;
  const [survival] = rule.survival;
  const [birth] = rule.birth;
  const single = rule.survival.length === 1 && rule.birth.length === 1;
  if (rule.notation !== "hrot" && single && survival && birth) {
    const m = rule.middle ? 1 : 0;
    return `R${rule.range},C${c},M${m},S${survival[0]}..${survival[1]},B${birth[0]}..${birth[1]},N${letter}`;
  }
  const survivals = rule.middle
    ? rule.survival.map(([min, max]): CountRange => [Math.max(min - 1, 0), max - 1])
    : rule.survival;
  const shape = rule.shape === "moore" ? "" : `,N${letter}`;
  return `R${rule.range},C${c},S${formatList(survivals)},B${formatList(rule.birth)}${shape}`;
}

/** Golly's runs: ascending, joined when they overlap or touch, `x` or `x-y`, commas between. */
function formatList(ranges: readonly CountRange[]): string {
  return mergeRanges(ranges.filter(([min, max]) => min <= max))
    .map(([min, max]) => (min === max ? `${min}` : `${min}-${max}`))
    .join(",");
}
