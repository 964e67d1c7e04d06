export { FRAMES_AVAILABLE } from "./captureFrames.ts";
export type { Frame } from "./Frame.ts";
export { GenerationWalk } from "./GenerationWalk.ts";
export { type Rect, rectsToRead, tubeRectsToRead } from "./rectsToRead.ts";
export {
  type CellAt,
  type GridBounds,
  gridWorld,
  knownCellsWorld,
  planeWorld,
  type TraceBounds,
  type TraceWorld,
  tubeWorld,
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
