import type { Grid } from "../engine/Grid.ts";
import type { CellProgram } from "../engine/protocol.ts";

/**
 * The coroutine interpreter on a band: runs the cell coroutine `program(y, x)` of
 * every cell in rows [from, to), answering each Query from `current` (the whole grid, with its
 * topology, so neighbours in other bands are read directly) and writing each Transition into
 * `next`. Rows outside the band are neither stepped nor written. Together the bands of a grid
 * do what one `liveAGeneration` over `simulate` does, cell for cell and in the same order
 * within each band; the TICK is the owner's barrier between generations.
 *
 * It drives each cell's coroutine itself rather than through `simulate`'s `yield*`: the same
 * coroutines, queries and transitions, but every instruction then passes through one generator
 * fewer, which in V8 makes a cell about 1.5 times faster.
 */
export function interpretBand(
  current: Grid,
  next: Grid,
  from: number,
  to: number,
  program: CellProgram,
): void {
  if (next === current) throw new Error("next must be a different grid from the one read");
  const { width } = current;
  for (let y = from; y < to; y++) {
    for (let x = 0; x < width; x++) {
      const cell = program(y, x);
      let item = cell.next();
      while (!item.done) {
        const instruction = item.value;
        if (instruction.kind === "query") {
          item = cell.next(current.query(instruction.y, instruction.x));
        } else {
          next.assign(instruction.y, instruction.x, instruction.state);
          item = cell.next();
        }
      }
    }
  }
}
