import type { Topology } from "../engine/Grid.ts";
import type { PackedView } from "./BandStepper.ts";

/**
 * The kernels:
 *  - `bytes`: a byte per cell, the 512-entry table; runs any compiled rule (the baseline);
 *  - `bits`: 32 cells per word in JS, bit-sliced adders; Life-like (totalistic) rules only;
 *  - `wasm`: the same bit-sliced algorithm on 128-bit WebAssembly SIMD vectors (life.wat);
 *  - `wasm-table`: any rule's table as a Boolean circuit of the nine cells' bit planes, on
 *    the same vectors, in a WebAssembly module made for the rule (src/kernels/table): the
 *    fastest, and what `auto` runs (B3/S23 at about twice `wasm`'s rate).
 */
export type StepperKind = "bytes" | "bits" | "wasm" | "wasm-table";

/**
 * A grid advanced by a fast kernel. Cells cross the interface one byte per cell, row-major
 * (0 empty, anything else alive), or packed a bit per cell (the layout of `PackedCells.words`),
 * whatever the kernel's own storage.
 */
export interface Stepper {
  /** The kernel running, after `createStepper` resolved `auto` and any fallback. */
  readonly kind: StepperKind;
  readonly width: number;
  readonly height: number;
  readonly topology: Topology;
  /** Advances `generations` ticks (default 1). */
  step(generations?: number): void;
  /** A fresh copy of the current generation, one byte (0 or 1) per cell. */
  getCells(): Uint8Array;
  /** Replaces the current generation; `cells` must hold width * height bytes. */
  setCells(cells: Uint8Array): void;
  /** Packs row `y` into `out`, which holds at least `packedRowWords(width)` words. */
  readRow(y: number, out: Int32Array): void;
  /** Every row packed into `out`, in the layout of `PackedCells.words`. */
  readRows(out: Int32Array): void;
  /** Replaces the current generation from packed rows laid out as `readRows` writes them. */
  writeRows(words: Int32Array): void;
  /** Sets one cell, at row y and column x, inside the grid. */
  setCell(y: number, x: number, alive: boolean): void;
  /** Whether the cell at row y and column x, inside the grid, is alive. */
  getCell(y: number, x: number): boolean;
  /**
   * The current rows where the kernel keeps them, for reading without a copy (see
   * `BandStepper.packedView`); undefined when the kernel does not keep its cells packed.
   */
  packedView(): PackedView | undefined;
  /** The number of live cells. */
  population(): number;
  /** Releases the kernel's memory; the stepper must not be used afterwards. */
  dispose(): void;
}
