import { Grid } from "../../src/engine/Grid.ts";
import type { CellProgram } from "../../src/kernels/compileRule.ts";

/**
 * The coroutine interpreter on a bounded plane for any cell program: every cell's coroutine
 * runs, its queries answered from `grid` (empty beyond the edges) and its transition written
 * into the next grid, which is returned. The reference the infinite-plane engines are checked
 * against: a plane padded wider than a pattern can grow in the generations run behaves as the
 * infinite plane.
 */
export function interpretPlane(grid: Grid, program: CellProgram): Grid {
  const next = new Grid(grid.height, grid.width, "plane");
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const cell = program(y, x);
      let item = cell.next();
      while (!item.done) {
        const instruction = item.value;
        if (instruction.kind === "query") {
          item = cell.next(grid.query(instruction.y, instruction.x));
        } else {
          next.assign(instruction.y, instruction.x, instruction.state);
          item = cell.next();
        }
      }
    }
  }
  return next;
}

/** The live cells of a grid as (x, y) in row order, shifted by (dx, dy). */
export function liveCells(grid: Grid, dx = 0, dy = 0): [number, number][] {
  const cells: [number, number][] = [];
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      if (grid.cells[y * grid.width + x]) cells.push([x + dx, y + dy]);
    }
  }
  return cells;
}
