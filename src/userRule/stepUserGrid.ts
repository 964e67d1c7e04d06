import type { Grid } from "../engine/Grid.ts";
import type { CellProgram } from "../engine/protocol.ts";
import { runUserCell } from "./runUserCell.ts";

/** How many cells `stepUserGrid` steps between calls to `working` (a power of two). */
const CELLS_BETWEEN_CALLS = 64;

/**
 * Advances a grid `generations` generations by a user's coroutine on the interpreter, every
 * instruction checked (`runUserCell`): each cell reads `current` under the grid's topology and
 * its next state goes to `next`, then the two swap, the seed's lockstep TICK. Returns the grid
 * holding the last generation (one of the two). Throws UserRuleError, leaving both grids
 * partly written: the caller keeps its own copy of the world.
 */
export function stepUserGrid(
  current: Grid,
  next: Grid,
  program: CellProgram,
  states: number,
  generations: number,
  /**
   * Called every `CELLS_BETWEEN_CALLS` cells: how the sandbox says it is still at work on a long
   * generation (a row of a wide grid under a rule of large range can take longer than its budget).
   */
  working?: () => void,
): Grid {
  let from = current;
  let to = next;
  const { width, height } = current;
  for (let generation = 0; generation < generations; generation++) {
    const cells = to.cells;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        cells[y * width + x] = runUserCell(program, y, x, from, states);
        if ((x & (CELLS_BETWEEN_CALLS - 1)) === CELLS_BETWEEN_CALLS - 1) working?.();
      }
      working?.();
    }
    [from, to] = [to, from];
  }
  return from;
}
