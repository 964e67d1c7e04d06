import type { CompiledRule } from "../../kernels/CompiledRule.ts";

/**
 * Bit layout of a 4x4 block (a level-2 node is such a block): bit `4 * row + column`, row 0 at
 * the top, column 0 at the left. A 2x2 block uses the same layout in bits 0, 1, 4 and 5
 * (mask 0x33), so that four of them combine into a 4x4 block as `nw | ne << 2 | sw << 8 | se << 10`.
 */
export const QUADRANT_MASK = 0x33;

/** The number of live cells in each 4x4 block. */
export const BLOCK_POPULATION: Uint8Array = (() => {
  const counts = new Uint8Array(65536);
  for (let block = 1; block < 65536; block++)
    counts[block] = (block & 1) + (counts[block >> 1] as number);
  return counts;
})();

const centreTables = new WeakMap<Uint8Array, Uint8Array>();

/**
 * For each 4x4 block, its centre 2x2 one generation later (in the 0x33 layout), read from the
 * rule's 512-entry table: the HashLife base case, so the engine runs whatever rule the cell
 * coroutine compiled to. Cached per rule table.
 */
export function centreTable(rule: CompiledRule): Uint8Array {
  const cached = centreTables.get(rule.table);
  if (cached) return cached;
  const table = rule.table;
  const centres = new Uint8Array(65536);
  for (let block = 0; block < 65536; block++) {
    let centre = 0;
    for (let row = 1; row <= 2; row++) {
      for (let column = 1; column <= 2; column++) {
        let index = 0;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const bit = (block >> (4 * (row + dy) + column + dx)) & 1;
            index |= bit << (3 * (dy + 1) + (dx + 1));
          }
        }
        if (table[index] !== 0) centre |= 1 << (4 * (row - 1) + column - 1);
      }
    }
    centres[block] = centre;
  }
  centreTables.set(rule.table, centres);
  return centres;
}
