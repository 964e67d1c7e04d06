import { Grid } from "../../src/engine/index.ts";

/** A seeded random torus soup (density 1/2), the same for every run with the same seed. */
export function createSoup(size: number, seed: number): Grid {
  const grid = new Grid(size, size, "torus");
  let state = seed >>> 0;
  for (let i = 0; i < grid.cells.length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    grid.cells[i] = state >>> 31;
  }
  return grid;
}
