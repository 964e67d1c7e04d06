import { type CellCoroutine, query } from "./protocol.ts";

/** The cells within range r of a cell that a Larger than Life cell counts. */
export type RangeShape = "moore" | "vonNeumann" | "circular";

/**
 * The "larger sphere of influence" of the seed: asks for every cell within `range` of (y, x)
 * in `shape` (a (2r+1)^2 square, a diamond, or a disc), the cell itself only when `middle`,
 * and returns how many are in state 1. Row by row, west to east.
 */
export function* countInRange(
  y: number,
  x: number,
  range: number,
  shape: RangeShape,
  middle: boolean,
): CellCoroutine<number> {
  let count = 0;
  for (let dy = -range; dy <= range; dy++) {
    const reach = rowReach(range, shape, dy);
    for (let dx = -reach; dx <= reach; dx++) {
      if (dy === 0 && dx === 0 && !middle) continue;
      if ((yield query(y + dy, x + dx)) === 1) count++;
    }
  }
  return count;
}

/**
 * How far a shape reaches along the row `dy` away from its centre: the whole range for the
 * square, range - |dy| for the diamond, and for the disc the cells whose centres lie within
 * range + 1/2 of the centre (HROT's circular neighbourhood: x^2 + y^2 <= r^2 + r).
 */
export function rowReach(range: number, shape: RangeShape, dy: number): number {
  if (shape === "moore") return range;
  if (shape === "vonNeumann") return range - Math.abs(dy);
  return Math.floor(Math.sqrt(range * range + range - dy * dy));
}
