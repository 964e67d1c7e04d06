import { ALIVE, type CellCoroutine, type CellState, query } from "./protocol.ts";

/**
 * Asks for each of the 8 Moore neighbours of (y, x) and returns how many are alive.
 *
 * The order follows the seed's listing, clockwise from (y+1, x), with its two slips fixed:
 * the fourth neighbour is (y-1, x+1) (the seed asked (y+1, x+1) twice and never this one).
 * Unrolled rather than looped over an offset table: this runs 65,536 times per tick on a
 * 256x256 grid, and the straight-line generator is faster in V8.
 */
export function* countNeighbors(y: number, x: number): CellCoroutine<number> {
  // Summing as we go keeps one live register instead of eight across each suspension,
  // which is what a generator pays for on every resume.
  let count = alive(yield query(y + 1, x)); // n
  count += alive(yield query(y + 1, x + 1)); // ne
  count += alive(yield query(y, x + 1)); // e
  count += alive(yield query(y - 1, x + 1)); // se
  count += alive(yield query(y - 1, x)); // s
  count += alive(yield query(y - 1, x - 1)); // sw
  count += alive(yield query(y, x - 1)); // w
  count += alive(yield query(y + 1, x - 1)); // nw
  return count;
}

function alive(state: CellState): number {
  return state === ALIVE ? 1 : 0;
}
