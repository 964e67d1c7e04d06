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
  // Queries inside the grid (all but the border's) are answered straight from its cells; the
  // grid's topology decides the rest. Nine in ten instructions are queries: this is the hot loop.
  const { cells, height, width } = grid;
  let item = sim.next();
  while (!item.done) {
    const instruction = item.value;
    if (instruction.kind === "query") {
      const { y, x } = instruction;
      item = sim.next(
        y >= 0 && y < height && x >= 0 && x < width
          ? (cells[y * width + x] as CellState)
          : grid.query(y, x),
      );
    } else if (instruction.kind === "transition") {
      progeny.assign(instruction.y, instruction.x, instruction.state);
      item = sim.next();
    } else {
      return progeny;
    }
  }
  throw new Error("the simulation ended without a TICK");
}
