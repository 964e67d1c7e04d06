import type { Topology } from "../engine/Grid.ts";
import type { CompiledRule } from "./CompiledRule.ts";
import { createBandStepper } from "./createBandStepper.ts";
import type { Stepper, StepperKind } from "./Stepper.ts";
import { WholeGridStepper } from "./WholeGridStepper.ts";

export interface StepperOptions {
  readonly width: number;
  readonly height: number;
  readonly topology: Topology;
  /** From `compileRule` / `compileGameLogic`. */
  readonly compiled: CompiledRule;
  /** The kernel wanted; `auto` (the default) is the fastest there is. */
  readonly kind?: StepperKind | "auto";
  /** The first generation, one byte per cell; empty when absent. */
  readonly cells?: Uint8Array;
}

/**
 * A stepper for a grid and a compiled rule, on the kernel asked for or the next best one, as
 * `createBandStepper` chooses it. `stepper.kind` says which one runs. Throws RangeError for a bad size or cell count.
 *
 * The grid is a single band (`createBandStepper`) whose halo rows are its own far rows on a
 * torus and empty on a plane.
 */
export function createStepper(options: StepperOptions): Stepper {
  return new WholeGridStepper(createBandStepper(options), options.topology);
}
