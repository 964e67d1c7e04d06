/**
 * A rule compiled from its cell coroutine: the next state of a cell for each of the 512 states
 * of its 3x3 block.
 *
 * Bit `3 * (dy + 1) + (dx + 1)` of an index is the state of the cell at offset (dy, dx) from the
 * centre, so bits 0-2 are the row above (west to east), bits 3-5 the cell's own row (bit 4 is
 * the cell itself) and bits 6-8 the row below. Offsets are (row, column) with y growing
 * downwards, as in `Grid`.
 *
 * `totalistic` is present when the table depends only on the centre and on how many of the 8
 * neighbours are alive (a Life-like rule): bit n of `birth` / `survival` is the next state of an
 * empty / live cell with n live neighbours. The bit-sliced kernels need it.
 */
export interface CompiledRule {
  readonly table: Uint8Array;
  readonly totalistic?: TotalisticMasks;
}

/** Birth and survival masks, 9 bits each, as in `Rule`. */
export interface TotalisticMasks {
  readonly birth: number;
  readonly survival: number;
}

/** The number of 3x3 neighbourhoods, and so the length of a rule table. */
export const NEIGHBOURHOODS = 512;

/** The index bit that holds the centre cell. */
export const CENTRE_BIT = 4;

/** The index bit for the cell at offset (dy, dx), each in -1..1. */
export function neighbourhoodBit(dy: number, dx: number): number {
  return 3 * (dy + 1) + (dx + 1);
}
