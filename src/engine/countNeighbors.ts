import { ALIVE, type CellCoroutine, query } from "./protocol";

/**
 * Asks for each of the 8 Moore neighbours of (y, x) and returns how many are alive.
 *
 * The order follows the seed's listing, clockwise from (y+1, x), with its two slips fixed:
 * the fourth neighbour is (y-1, x+1) (the seed asked (y+1, x+1) twice and never this one).
 * Unrolled rather than looped over an offset table: this runs 65,536 times per tick on a
 * 256x256 grid, and the straight-line generator is measurably faster in V8.
 */
export function* countNeighbors(y: number, x: number): CellCoroutine<number> {
  const n = yield query(y + 1, x);
  const ne = yield query(y + 1, x + 1);
  const e = yield query(y, x + 1);
  const se = yield query(y - 1, x + 1);
  const s = yield query(y - 1, x);
  const sw = yield query(y - 1, x - 1);
  const w = yield query(y, x - 1);
  const nw = yield query(y + 1, x - 1);
  return (
    (n === ALIVE ? 1 : 0) +
    (ne === ALIVE ? 1 : 0) +
    (e === ALIVE ? 1 : 0) +
    (se === ALIVE ? 1 : 0) +
    (s === ALIVE ? 1 : 0) +
    (sw === ALIVE ? 1 : 0) +
    (w === ALIVE ? 1 : 0) +
    (nw === ALIVE ? 1 : 0)
  );
}
