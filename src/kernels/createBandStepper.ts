import { assertGridSize, type Topology } from "../engine/Grid.ts";
import type { BandStepper } from "./BandStepper.ts";
import { BitBand } from "./BitBand.ts";
import { ByteBand } from "./ByteBand.ts";
import type { CompiledRule } from "./CompiledRule.ts";
import type { StepperKind } from "./Stepper.ts";
import { tableModule as ruleTableModule } from "./table/tableModule.ts";
import { WasmBand } from "./WasmBand.ts";
import { lifeModule } from "./wasm/lifeModule.ts";

export interface BandStepperOptions {
  readonly width: number;
  /** Rows in the band. */
  readonly height: number;
  /** How columns behave at the left and right edges: wrap (torus) or empty beyond (plane). */
  readonly topology: Topology;
  /** From `compileRule` / `compileGameLogic`. */
  readonly compiled: CompiledRule;
  /** The kernel wanted; `auto` (the default) is the fastest there is. */
  readonly kind?: StepperKind | "auto";
  /** The band's first generation, one byte per cell; empty when absent. */
  readonly cells?: Uint8Array;
  /** bits and wasm: rows stepped together (see `ROW_BLOCK_BYTES`); tests set it small. */
  readonly rowsPerBlock?: number;
}

/**
 * A band stepper for a band of rows and a compiled rule, on the kernel asked for or the next
 * best one: any rule runs `wasm-table`, its table's circuit, when `auto` is asked for; a rule
 * that is not Life-like (no `totalistic` masks) runs it for `wasm` too, and `bytes` without SIMD
 * support or when `bits` is asked for; a Life-like rule runs life.wat's `wasm` when asked, and
 * `bits` without SIMD, unless `bytes` is asked for; a kernel whose memory cannot be had falls
 * back the same way. `band.kind` says which one runs. Throws RangeError for a bad size or cell count.
 */
export function createBandStepper(options: BandStepperOptions): BandStepper {
  const { width, height, topology, compiled, cells } = options;
  assertGridSize(height, width);
  const band = createKernel(options, width, height, topology, compiled);
  if (cells) band.setCells(cells);
  return band;
}

function createKernel(
  { kind = "auto", rowsPerBlock }: BandStepperOptions,
  width: number,
  height: number,
  topology: Topology,
  compiled: CompiledRule,
): BandStepper {
  const masks = compiled.totalistic;
  // The rule's own circuit is the fastest kernel for every two-state 3x3 rule, Life-like ones
  // included (B3/S23 1.9x life.wat's count and masks, `--only table-kernel`).
  if (kind === "wasm-table" || kind === "auto" || (!masks && kind === "wasm")) {
    const module = lifeModule();
    const tableModule = module && ruleTableModule(compiled.table);
    if (module && tableModule) {
      const wasm = attempt(
        () => new WasmBand(width, height, topology, { tableModule }, module, rowsPerBlock),
      );
      if (wasm) return wasm;
    }
  }
  if (masks && kind !== "bytes") {
    const module = kind === "bits" ? null : lifeModule();
    if (module) {
      const wasm = attempt(
        () => new WasmBand(width, height, topology, { masks }, module, rowsPerBlock),
      );
      if (wasm) return wasm;
    }
    const bits = attempt(() => new BitBand(width, height, topology, masks, rowsPerBlock));
    if (bits) return bits;
  }
  return new ByteBand(width, height, topology, compiled.table);
}

/** The band, or undefined when its memory could not be allocated. */
function attempt(create: () => BandStepper): BandStepper | undefined {
  try {
    return create();
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
