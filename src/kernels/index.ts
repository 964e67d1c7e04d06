/**
 * Fast kernels compiled from the cell coroutine: `compileGameLogic` (or `compileRule` for any
 * cell coroutine) turns the rule into a table, `createStepper` runs a grid on the fastest
 * kernel that can run it.
 */
export type { CompiledRule, TotalisticMasks } from "./CompiledRule.ts";
export { CENTRE_BIT, NEIGHBOURHOODS, neighbourhoodBit } from "./CompiledRule.ts";
export { compileGameLogic } from "./compileGameLogic.ts";
export { type CellProgram, compileRule } from "./compileRule.ts";
export { createStepper, type StepperOptions } from "./createStepper.ts";
export { findMismatch, type Mismatch } from "./findMismatch.ts";
export type { Stepper, StepperKind } from "./Stepper.ts";
