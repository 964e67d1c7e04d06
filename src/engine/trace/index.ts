export { FRAMES_AVAILABLE } from "./captureFrames.ts";
export type { Frame } from "./Frame.ts";
export { GenerationWalk } from "./GenerationWalk.ts";
export { type Rect, rectsToRead } from "./rectsToRead.ts";
export {
  type CellAt,
  type GridBounds,
  gridWorld,
  knownCellsWorld,
  planeWorld,
  type TraceWorld,
} from "./TraceWorld.ts";
export {
  type CellTrace,
  type TracedQuery,
  type TracedTransition,
  type TraceOptions,
  type TraceStep,
  traceCell,
} from "./traceCell.ts";
export {
  findGenerator,
  type GeneratorSource,
  locateYield,
  type YieldInSource,
  yieldIndexAt,
  yieldOffsets,
} from "./yieldSites.ts";
