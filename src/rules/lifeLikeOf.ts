import { blocksOf, MOORE_NEIGHBOURS, popcount } from "./henselLetters.ts";
import type { HalfRule } from "./parseHalf.ts";
import type { LifeLikeRule, Neighbourhood } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

const CENTRE = 1 << 4;

/**
 * The rule of a birth and a survival half. Counts alone give the `counts` notation; Hensel
 * letters (Moore only, as in Golly) give the 512-entry table, built as Golly builds it, and
 * then the `counts` notation again when the letters cover whole counts, as Golly's canonical
 * name does (`B2ce2aikn/S` is `B2/S`).
 */
export function lifeLikeOf(
  birth: HalfRule,
  survival: HalfRule,
  neighbourhood: Neighbourhood,
  input: string,
): LifeLikeRule {
  if (!birth.lettered && !survival.lettered) {
    return {
      family: "life",
      neighbourhood,
      notation: "counts",
      birth: birth.mask,
      survival: survival.mask,
    };
  }
  if (neighbourhood !== "moore") {
    const group = [...birth.groups, ...survival.groups].find((g) => g.negative || g.letters);
    const part = group?.text ?? input;
    throw new RuleError(
      `Non-totalistic rules need the Moore neighbourhood, as in Golly: "${part}" in "${input}"`,
      input,
      part,
    );
  }
  const table = new Uint8Array(512);
  fillHalf(table, birth, 0);
  fillHalf(table, survival, CENTRE);
  const masks = totalisticMasks(table);
  if (masks) return { family: "life", neighbourhood, notation: "counts", ...masks };
  return { family: "life", neighbourhood, notation: "letters", table };
}

/**
 * Golly's reading of one half: a count without letters turns on all its arrangements unless the
 * count was already given; letters turn theirs on, or off after "-" (so `2-a` is all of 2 but
 * 2a).
 */
function fillHalf(table: Uint8Array, half: HalfRule, centre: number): void {
  let given = 0;
  for (const { count, negative, letters } of half.groups) {
    if ((letters === "" || negative) && (given & (1 << count)) === 0) {
      for (let block = 0; block < 512; block++) {
        if ((block & ~MOORE_NEIGHBOURS) === 0 && popcount(block) === count) {
          table[block | centre] = 1;
        }
      }
    }
    given |= 1 << count;
    for (const letter of letters) {
      for (const block of blocksOf(count, letter)) table[block | centre] = negative ? 0 : 1;
    }
  }
}

/** Birth and survival masks when the table only depends on the count, else undefined. */
function totalisticMasks(table: Uint8Array): { birth: number; survival: number } | undefined {
  let birth = 0;
  let survival = 0;
  for (let block = 0; block < 512; block++) {
    if (table[block]) {
      const count = popcount(block & MOORE_NEIGHBOURS);
      if (block & CENTRE) survival |= 1 << count;
      else birth |= 1 << count;
    }
  }
  for (let block = 0; block < 512; block++) {
    const count = popcount(block & MOORE_NEIGHBOURS);
    const mask = block & CENTRE ? survival : birth;
    if ((table[block] ?? 0) !== ((mask >> count) & 1)) return undefined;
  }
  return { birth, survival };
}
