import type { Topology } from "../engine/Grid.ts";

/**
 * A bounded grid of multi-state cells (a byte a cell, row-major) on a kernel compiled from a
 * rule's cell coroutine: Generations, History and Larger than Life rules, which the two-state
 * `Stepper`s cannot hold. Every implementation is checked against the coroutine interpreter
 * cell for cell.
 */
export interface StateStepper {
  /** Which kernel runs, for the status bar and benchmarks (e.g. "generations-wasm", "ltl-sums"). */
  readonly kind: string;
  readonly width: number;
  readonly height: number;
  readonly topology: Topology;
  /** The current generation, a byte a cell, row-major: the stepper's own buffer, valid until the next step or `setCells`. */
  cells(): Uint8Array;
  /** Replaces every cell (copied). */
  setCells(cells: Uint8Array): void;
  /** Sets one cell in place. */
  setCell(y: number, x: number, state: number): void;
  /** Advances one generation. */
  step(): void;
  /** Releases wasm memory, if any; unusable afterwards. */
  dispose(): void;
}
