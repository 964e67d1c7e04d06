export { CoroutineEngine } from "./CoroutineEngine.ts";
export { countNeighbors } from "./countNeighbors.ts";
export { createRandom, createRandomWords } from "./createRandom.ts";
export { FILL_DENSITY_BITS, fillRandom } from "./fillRandom.ts";
export { foldOntoGrid } from "./foldOntoGrid.ts";
export { assertGridSize, Grid } from "./Grid.ts";
export { fitsGridSides, MAX_GRID_AREA, MAX_GRID_SIDE } from "./gridLimits.ts";
export { liveAGeneration } from "./liveAGeneration.ts";
export { type Box, PackedCells, popcount } from "./PackedCells.ts";
export { packedRowWords, packRows, unpackRows } from "./packRows.ts";
export * from "./protocol.ts";
export {
  describeTube,
  type EdgePair,
  type Shift,
  type Surface,
  sameSurface,
  surfaceOf,
  surfaceProblem,
  type Topology,
  type Tube,
} from "./Surface.ts";
export { type Simulation, simulate } from "./simulate.ts";
export { stepCell } from "./stepCell.ts";
