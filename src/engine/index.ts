export { countNeighbors } from "./countNeighbors";
export { assertGridSize, Grid, MAX_GRID_AREA, type Topology } from "./Grid";
export { liveAGeneration } from "./liveAGeneration";
export * from "./protocol";
export { simulate } from "./simulate";
export { stepCell } from "./stepCell";
