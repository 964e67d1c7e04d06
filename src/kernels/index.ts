/**
 * Fast kernels compiled from the cell coroutine: `compileGameLogic` (or `compileRule` for any
 * cell coroutine) turns the rule into a table, `createStepper` runs a grid on the fastest
 * kernel that can run it, `createBandStepper` runs a band of rows of a grid given the rows
 * around it (for the worker pool), and `interpretBand` runs the coroutine interpreter on a band.
 * Range rules (Larger than Life) compile with `compileRangeRule` and run on `createRangeStepper`.
 */

export { packRows, unpackRows } from "../engine/packRows.ts";
export type { BandStepper } from "./BandStepper.ts";
export { packedRowWords } from "./BitLayout.ts";
export type { CompiledRule, TotalisticMasks } from "./CompiledRule.ts";
export { CENTRE_BIT, NEIGHBOURHOODS, neighbourhoodBit } from "./CompiledRule.ts";
export { compileGameLogic } from "./compileGameLogic.ts";
export { type CellProgram, compileRule } from "./compileRule.ts";
export { type BandStepperOptions, createBandStepper } from "./createBandStepper.ts";
export { createStepper, type StepperOptions } from "./createStepper.ts";
export { findMismatch, type Mismatch } from "./findMismatch.ts";
export { interpretBand } from "./interpretBand.ts";
export type { CompiledRangeRule } from "./range/CompiledRangeRule.ts";
export {
  compileRangeRule,
  compilingRangeRule,
  isRefusal,
  type RangeRefusal,
} from "./range/compileRangeRule.ts";
export { createRangeStepper, type RangeStepperOptions } from "./range/createRangeStepper.ts";
export { planRangeSums } from "./range/planRangeSums.ts";
export type { StateStepper } from "./StateStepper.ts";
export type { Stepper, StepperKind } from "./Stepper.ts";
export { type RowRange, splitRows } from "./splitRows.ts";
