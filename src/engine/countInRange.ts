import { type CellCoroutine, query } from "./protocol.ts";

/**
 * The cells a range cell (Larger than Life / HROT) counts and how much each counts: the one
 * description of a neighbourhood, which the cell coroutine reads (`countInRange`) and which
 * the kernels are compiled from by driving that coroutine. Offsets are (dy, dx) pairs
 * flattened, row by row, west to east; the centre (0, 0) is among them only when it counts
 * (the middle cell of `M1`, or a weighted centre). The triangular grid counts cells flipped
 * vertically on the cells where y + x is odd: `odd` holds those, and is `even` itself (the
 * same arrays) everywhere else.
 */
export interface RangeCells {
  /** How far the farthest offset reaches along either axis. */
  readonly range: number;
  readonly even: Int32Array;
  /** One weight an offset of `even` (1 for the unweighted shapes; may be negative). */
  readonly evenWeights: Int32Array;
  readonly odd: Int32Array;
  readonly oddWeights: Int32Array;
  /**
   * How much a cell in each state (256 entries) counts, times its offset's weight: 1 for state
   * 1 and 0 for the others, unless the rule weighs states (Golly's `NW…,<state weights>`).
   */
  readonly stateWeights: Int32Array;
}

/** The weights of states when only state 1 counts, once. */
export const LIVE_ONLY: Int32Array = (() => {
  const weights = new Int32Array(256);
  weights[1] = 1;
  return weights;
})();

/**
 * The "larger sphere of influence" of the seed: asks for every cell of `cells` around (y, x)
 * (the flipped ones when y + x is odd), in their order, and returns the sum of each one's
 * weight times its state's weight; the centre, whose state the cell already knows (`state`),
 * is not asked again.
 */
export function* countInRange(
  y: number,
  x: number,
  state: number,
  cells: RangeCells,
): CellCoroutine<number> {
  const odd = ((y + x) & 1) !== 0;
  const offsets = odd ? cells.odd : cells.even;
  const weights = odd ? cells.oddWeights : cells.evenWeights;
  const { stateWeights } = cells;
  let count = 0;
  for (let i = 0; i < offsets.length; i += 2) {
    const dy = offsets[i] as number;
    const dx = offsets[i + 1] as number;
    const seen = dy === 0 && dx === 0 ? state : yield query(y + dy, x + dx);
    count += (weights[i >> 1] as number) * (stateWeights[seen] as number);
  }
  return count;
}
