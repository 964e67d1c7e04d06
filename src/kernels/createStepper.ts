import { type Surface, surfaceProblem } from "../engine/Surface.ts";
import type { CompiledRule } from "./CompiledRule.ts";
import { createBandStepper } from "./createBandStepper.ts";
import { EdgeSources } from "./EdgeSources.ts";
import type { Stepper, StepperKind } from "./Stepper.ts";
import { WholeGridStepper } from "./WholeGridStepper.ts";

/** A grid's size and surface (`topology`, and a Klein bottle's twist, a torus's shift). */
export interface StepperOptions extends Surface {
  readonly width: number;
  readonly height: number;
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
 * torus and empty on a plane; on Golly's other surfaces (a shifted torus, a Klein bottle, a
 * cross-surface, a sphere) the band is a plane whose halos and ghost columns are filled from
 * the edges before each step (`EdgeSources`).
 */
export function createStepper(options: StepperOptions): Stepper {
  const { width, height, topology } = options;
  const plain = (topology === "torus" || topology === "plane") && options.shift === undefined;
  if (plain) return new WholeGridStepper(createBandStepper(options), topology);
  const problem = surfaceProblem(options, width, height);
  if (problem !== null) throw new RangeError(`grid of ${width}x${height}: ${problem}`);
  const band = createBandStepper({ ...options, topology: "plane" });
  return new WholeGridStepper(band, topology, new EdgeSources(options, width, height));
}
