import type { LifeLikeRule } from "../../src/rules/Rule.ts";

/**
 * Two-state 3x3 rules that are not Life-like, for the table kernels' tests and benchmark,
 * written as rules (a MAP table, or counts in another neighbourhood) so that the cell
 * coroutine (`cellProgramOf`) decides what they do and `compileRule` makes their tables: a
 * random MAP table, a random isotropic one, Hensel-notation rules from the representatives of
 * their letters, a hexagonal and a von Neumann rule. Bit `3 * row + column` of a block index is
 * its cell (`CompiledRule`); 4 is the centre.
 */

const CENTRE = 1 << 4;

/** A MAP-notation rule from its table. */
export function mapRule(table: Uint8Array): LifeLikeRule {
  return { family: "life", neighbourhood: "moore", notation: "map", table };
}

/** A random table, its empty block dead unless `birthOnZero` (a B0 rule). */
export function randomMapTable(random: () => number, birthOnZero = false): Uint8Array {
  const table = Uint8Array.from({ length: 512 }, () => (random() < 0.5 ? 1 : 0));
  table[0] = birthOnZero ? 1 : 0;
  return table;
}

/** The eight symmetries of the square, as maps of (row, column) in 0..2. */
const SYMMETRIES: readonly ((y: number, x: number) => readonly [number, number])[] = [
  (y, x) => [y, x],
  (y, x) => [x, 2 - y],
  (y, x) => [2 - y, 2 - x],
  (y, x) => [2 - x, y],
  (y, x) => [y, 2 - x],
  (y, x) => [2 - y, x],
  (y, x) => [x, y],
  (y, x) => [2 - x, 2 - y],
];

/** The blocks a symmetry of the square makes of `block`, itself included. */
export function orbit(block: number): Set<number> {
  const blocks = new Set<number>();
  for (const symmetry of SYMMETRIES) {
    let image = 0;
    for (let bit = 0; bit < 9; bit++) {
      if ((block >> bit) & 1) {
        const [y, x] = symmetry(Math.floor(bit / 3), bit % 3);
        image |= 1 << (3 * y + x);
      }
    }
    blocks.add(image);
  }
  return blocks;
}

/** A random isotropic table: one random next state per orbit, the empty block dead. */
export function randomIsotropicTable(random: () => number): Uint8Array {
  const table = new Uint8Array(512).fill(2);
  for (let block = 0; block < 512; block++) {
    if (table[block] !== 2) continue;
    const next = block === 0 ? 0 : random() < 0.5 ? 1 : 0;
    for (const image of orbit(block)) table[image] = next;
  }
  return table;
}

/**
 * Which neighbourhoods of a count a Hensel rule takes: all of them, only those of the letters
 * given, or all but those (`-`). A letter is given by one of its neighbour sets (Golly's
 * liferules.cpp lists them), whose orbit is the letter.
 */
export interface CountLetters {
  readonly count: number;
  readonly only?: readonly number[];
  readonly except?: readonly number[];
}

/** A Hensel-notation (isotropic non-totalistic) rule's table, as its parser would make it. */
export function henselTable(
  birth: readonly CountLetters[],
  survival: readonly CountLetters[],
): Uint8Array {
  const table = new Uint8Array(512);
  const letters = (blocks: readonly number[] | undefined): Set<number> =>
    new Set((blocks ?? []).flatMap((block) => [...orbit(block)]));
  for (const [centre, parts] of [
    [0, birth],
    [CENTRE, survival],
  ] as const) {
    for (const { count, only, except } of parts) {
      const included = letters(only);
      const excluded = letters(except);
      for (let neighbours = 0; neighbours < 512; neighbours++) {
        if (neighbours & CENTRE || popcount(neighbours) !== count) continue;
        if (only && !included.has(neighbours)) continue;
        if (excluded.has(neighbours)) continue;
        table[neighbours | centre] = 1;
      }
    }
  }
  return table;
}

/** tlife, B3/S2-i34q: 2i is the west and east neighbours, 4q the north, north-east, east and south-west. */
export const TLIFE = mapRule(
  henselTable(
    [{ count: 3 }],
    [
      { count: 2, except: [(1 << 3) | (1 << 5)] },
      { count: 3 },
      { count: 4, only: [(1 << 1) | (1 << 2) | (1 << 5) | (1 << 6)] },
    ],
  ),
);

/** B2-a/S12: 2a is two adjacent neighbours, north-west and north. */
export const B2_A_S12 = mapRule(
  henselTable([{ count: 2, except: [(1 << 0) | (1 << 1)] }], [{ count: 1 }, { count: 2 }]),
);

/** B2/S34H, a hexagonal rule (its table ignores the north-east and south-west corners). */
export const HEX_B2_S34: LifeLikeRule = {
  family: "life",
  neighbourhood: "hexagonal",
  notation: "counts",
  birth: 1 << 2,
  survival: (1 << 3) | (1 << 4),
};

/** B13/S012V, a von Neumann rule (only the four orthogonal neighbours count). */
export const VON_NEUMANN_B13_S012: LifeLikeRule = {
  family: "life",
  neighbourhood: "vonNeumann",
  notation: "counts",
  birth: (1 << 1) | (1 << 3),
  survival: (1 << 0) | (1 << 1) | (1 << 2),
};

function popcount(block: number): number {
  let n = 0;
  for (let b = block; b !== 0; b &= b - 1) n++;
  return n;
}
