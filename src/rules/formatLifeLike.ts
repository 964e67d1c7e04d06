import { blocksOf, HENSEL_LETTERS, MOORE_NEIGHBOURS } from "./henselLetters.ts";
import { encodeMap } from "./mapRule.ts";
import type { LifeLikeRule, Neighbourhood } from "./Rule.ts";

const CENTRE = 1 << 4;
const SUFFIXES = { moore: "", hexagonal: "H", vonNeumann: "V" } as const;

/**
 * A two-state rule as Golly prints it (liferules.cpp): `B3/S23` (`H` or `V` after it for the
 * other neighbourhoods), Hensel letters after their counts (`B2-a/S12`), or `MAP` + base64.
 */
export function formatLifeLike(rule: LifeLikeRule): string {
  if (rule.notation === "map") return formatMap(rule.table, rule.neighbourhood);
  const [birth, survival] = formatHalves(rule);
  return `B${birth}/S${survival}${SUFFIXES[rule.neighbourhood]}`;
}

/** `MAP` and the table's base64 digits, without padding, as Golly prints them. */
export function formatMap(table: Uint8Array, neighbourhood: Neighbourhood): string {
  return `MAP${encodeMap(table, neighbourhood)}`;
}

/** The `H` or `V` Golly writes after a rule of another neighbourhood than Moore. */
export function neighbourhoodSuffix(neighbourhood: Neighbourhood): string {
  return SUFFIXES[neighbourhood];
}

/** The birth and survival parts of a rule that is not a MAP, counts ascending with their letters. */
export function formatHalves(rule: LifeLikeRule): [birth: string, survival: string] {
  if (rule.notation === "counts") return [formatCounts(rule.birth), formatCounts(rule.survival)];
  // A MAP table is isotropic only by chance; callers print it with formatMap.
  return [formatLetters(rule.table, 0), formatLetters(rule.table, CENTRE)];
}

function formatCounts(mask: number): string {
  let digits = "";
  for (let n = 0; n <= 8; n++) if ((mask >> n) & 1) digits += n;
  return digits;
}

/**
 * One half of an isotropic table in Golly's canonical letters (addLetters): a count alone when
 * all its arrangements are on, its letters when at most half of them are (7 of 13 for 4
 * neighbours), else "-" and the letters that are off; letters alphabetical.
 */
function formatLetters(table: Uint8Array, centre: number): string {
  let text = "";
  for (let count = 0; count <= 8; count++) {
    const letters = HENSEL_LETTERS[count] ?? "";
    if (letters === "") {
      if (table[(count === 8 ? MOORE_NEIGHBOURS : 0) | centre]) text += count;
      continue;
    }
    const on = Array.from(letters).filter((letter) => {
      const block = blocksOf(count, letter)[0] ?? 0;
      return table[block | centre] === 1;
    });
    if (on.length === 0) continue;
    if (on.length === letters.length) {
      text += count;
      continue;
    }
    const positive = on.length <= letters.length >> 1 || (letters.length === 13 && on.length === 7);
    const shown = positive ? on : Array.from(letters).filter((letter) => !on.includes(letter));
    text += `${count}${positive ? "" : "-"}${shown.join("")}`;
  }
  return text;
}
