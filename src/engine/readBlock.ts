import { type CellCoroutine, query } from "./protocol.ts";

/**
 * Asks for each neighbour of (y, x) named in `cells`, a mask over the 3x3 block in the bit
 * order of `CompiledRule` (bit `3 * (dy + 1) + (dx + 1)` for offset (dy, dx); the centre, bit
 * 4, is never asked), and returns the block with a bit set for each neighbour in state 1.
 *
 * This is `countNeighbors` for rules that care which neighbours are alive, not only how many:
 * isotropic non-totalistic and MAP rules, and the hexagonal and von Neumann neighbourhoods,
 * which simply leave some cells out of `cells`. Only state 1 counts as alive, which is also
 * what Generations needs (dying cells are not alive).
 */
export function* readBlock(y: number, x: number, cells: number): CellCoroutine<number> {
  let block = 0;
  for (let bit = 0; bit < 9; bit++) {
    if (bit === 4 || ((cells >> bit) & 1) === 0) continue;
    const state = yield query(y + Math.floor(bit / 3) - 1, x + (bit % 3) - 1);
    if (state === 1) block |= 1 << bit;
  }
  return block;
}

/** The neighbour masks of the three 3x3 neighbourhoods, in `readBlock`'s bit order. */
export const NEIGHBOUR_CELLS = {
  moore: 0b111_101_111,
  // Golly's hexagonal grid drawn on squares: no north-east (bit 2) or south-west (bit 6).
  hexagonal: 0b110_101_011,
  vonNeumann: 0b010_101_010,
} as const;
