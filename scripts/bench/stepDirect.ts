import type { CellState, GameLogic, Grid } from "../../src/engine/index.ts";

/**
 * The baseline: the same game logic called from two plain loops, no coroutines. The ratio
 * between it and the interpreter is the price of the Query/Transition protocol.
 */
export function stepDirect(grid: Grid, next: Grid, gameLogic: GameLogic): void {
  const { height, width, cells } = grid;
  for (let y = 0; y < height; y++) {
    const up = ((y + height - 1) % height) * width;
    const row = y * width;
    const down = ((y + 1) % height) * width;
    for (let x = 0; x < width; x++) {
      const left = (x + width - 1) % width;
      const right = (x + 1) % width;
      const n =
        (cells[up + left] as number) +
        (cells[up + x] as number) +
        (cells[up + right] as number) +
        (cells[row + left] as number) +
        (cells[row + right] as number) +
        (cells[down + left] as number) +
        (cells[down + x] as number) +
        (cells[down + right] as number);
      next.cells[row + x] = gameLogic(cells[row + x] as CellState, n);
    }
  }
}
