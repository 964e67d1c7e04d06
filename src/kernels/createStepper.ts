import { assertGridSize, type Topology } from "../engine/Grid.ts";
import { BitStepper } from "./BitStepper.ts";
import { ByteStepper } from "./ByteStepper.ts";
import type { CompiledRule } from "./CompiledRule.ts";
import type { Stepper, StepperKind } from "./Stepper.ts";
import { WasmStepper } from "./WasmStepper.ts";
import { lifeModule } from "./wasm/lifeModule.ts";

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
 * A stepper for a grid and a compiled rule, on the kernel asked for or the next best one:
 * `wasm` without SIMD support runs `bits`; `bits` or `wasm` with a rule that is not Life-like
 * (no `totalistic` masks) runs `bytes`; a kernel whose memory cannot be had falls back the same
 * way. `stepper.kind` says which one runs. Throws RangeError for a bad size or cell count.
 */
export function createStepper(options: StepperOptions): Stepper {
  const { width, height, topology, compiled, cells } = options;
  assertGridSize(height, width);
  const stepper = createKernel(options.kind ?? "auto", width, height, topology, compiled);
  if (cells) stepper.setCells(cells);
  return stepper;
}

function createKernel(
  kind: StepperKind | "auto",
  width: number,
  height: number,
  topology: Topology,
  compiled: CompiledRule,
): Stepper {
  const masks = compiled.totalistic;
  if (masks && kind !== "bytes") {
    const module = kind === "bits" ? null : lifeModule();
    if (module) {
      const wasm = attempt(() => new WasmStepper(width, height, topology, masks, module));
      if (wasm) return wasm;
    }
    const bits = attempt(() => new BitStepper(width, height, topology, masks));
    if (bits) return bits;
  }
  return new ByteStepper(width, height, topology, compiled.table);
}

/** The stepper, or undefined when its memory could not be allocated. */
function attempt(create: () => Stepper): Stepper | undefined {
  try {
    return create();
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
