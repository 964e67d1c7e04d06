import type { Grid } from "./Grid.ts";
import type { CellState, Instruction } from "./protocol.ts";

/**
 * The interpreter: drives `sim` until it yields TICK, answering each Query from `grid` and
 * writing each Transition into `progeny`, which it returns as the next generation.
 *
 * `progeny` defaults to a fresh empty grid; pass a spare one to reuse memory between ticks
 * (double buffering). It must not be `grid` itself: cells read this generation's states.
 */
export function liveAGeneration(
  grid: Grid,
  sim: Iterator<Instruction, unknown, CellState>,
  progeny: Grid = grid.emptyLike(),
): Grid {
  if (progeny === grid) throw new Error("progeny must be a different grid from the one read");
  let item = sim.next();
  while (!item.done) {
    const instruction = item.value;
    if (instruction.kind === "query") {
      item = sim.next(grid.query(instruction.y, instruction.x));
    } else if (instruction.kind === "transition") {
      progeny.assign(instruction.y, instruction.x, instruction.state);
      item = sim.next();
    } else {
      return progeny;
    }
  }
  throw new Error("the simulation ended without a TICK");
}
