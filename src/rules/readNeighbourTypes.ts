import { type CellCoroutine, query } from "../engine/protocol.ts";

/** What History and Super cells learn of their neighbours. */
export interface NeighbourTypes {
  /** The neighbours in an odd (live) state, in `readBlock`'s bit order. */
  readonly block: number;
  /** Bit s is set when some neighbour is in state s (Golly's `typeMask`); states below 31. */
  readonly types: number;
}

/**
 * Asks for each neighbour of (y, x) named in `cells` (a `NEIGHBOUR_CELLS` mask) and returns
 * which are alive (odd states, as Golly's Super algorithm counts them) and which states occur
 * among them: the two things History and Super rules decide by.
 */
export function* readNeighbourTypes(
  y: number,
  x: number,
  cells: number,
): CellCoroutine<NeighbourTypes> {
  let block = 0;
  let types = 0;
  for (let bit = 0; bit < 9; bit++) {
    if (bit === 4 || ((cells >> bit) & 1) === 0) continue;
    const state = yield query(y + Math.floor(bit / 3) - 1, x + (bit % 3) - 1);
    if (state & 1) block |= 1 << bit;
    types |= 1 << state;
  }
  return { block, types };
}
