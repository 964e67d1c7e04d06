/** Identify: what a pattern is (still life, oscillator, spaceship, gun), by hashing its generations. */
export { describeIdentify } from "./describeIdentify.ts";
export { formatSpeed } from "./formatSpeed.ts";
export type {
  CellPeriods,
  Emission,
  IdentifyKind,
  IdentifyResult,
  PopulationRange,
} from "./IdentifyResult.ts";
export {
  DEFAULT_IDENTIFY_LIMIT,
  type IdentifyOptions,
  identify,
  MAX_IDENTIFY_LIMIT,
} from "./identify.ts";
export { type IdentifyInput, identifyCells } from "./identifyCells.ts";
