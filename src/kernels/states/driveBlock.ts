import { CellFaultError, driveCell, refuseQuery } from "../../engine/driveCell.ts";
import type { CellProgram } from "../../engine/protocol.ts";

/** Far more queries than any 3x3 rule needs; past this the coroutine is taken to loop. */
const MAX_QUERIES = 256;

/** Why a coroutine is not a multi-state 3x3 rule. */
export class NotA3x3Rule extends Error {}

/**
 * The state the coroutine announces for the cell at (1, 1) when the 3x3 block around it holds
 * `block` (state of the cell at offset (dy, dx) at index `3 * (dy + 1) + (dx + 1)`), and the
 * mask of block cells it asked for. Throws `NotA3x3Rule` when it strays (see `driveCell`):
 * asks outside the block, announces another cell or a state outside 0..states-1, yields after
 * its transition or never transitions.
 */
export function driveBlock(
  program: CellProgram,
  block: ArrayLike<number>,
  states: number,
): { readonly next: number; readonly asked: number } {
  let asked = 0;
  const answer = (y: number, x: number): number => {
    if (y < 0 || y > 2 || x < 0 || x > 2) {
      refuseQuery(`asks for the cell at offset (${y - 1}, ${x - 1}), outside its 3x3 block`);
    }
    asked |= 1 << (3 * y + x);
    return block[3 * y + x] as number;
  };
  try {
    const next = driveCell(program, 1, 1, answer, { states, maxQueries: MAX_QUERIES });
    return { next, asked };
  } catch (error) {
    if (error instanceof CellFaultError) throw new NotA3x3Rule(error.message);
    throw error;
  }
}
