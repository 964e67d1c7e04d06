export { CoroutineEngine } from "./CoroutineEngine.ts";
export { countNeighbors } from "./countNeighbors.ts";
export { fillRandom } from "./fillRandom.ts";
export { assertGridSize, Grid, MAX_GRID_AREA, type Topology } from "./Grid.ts";
export { liveAGeneration } from "./liveAGeneration.ts";
export { type Box, PackedCells, popcount } from "./PackedCells.ts";
export * from "./protocol.ts";
export { type Simulation, simulate } from "./simulate.ts";
export { stepCell } from "./stepCell.ts";
