import type { StepperKind } from "../../kernels/index.ts";
import type { Rule } from "../../rules/index.ts";
import type { GridShape } from "../../universe/BoundedWorld.ts";

/**
 * How the pool's workers share the grid: `shared`, through SharedArrayBuffers with an Atomics
 * barrier per generation, many generations per request; `transfer`, through messages, the
 * coordinator passing the halo rows between bands every generation.
 */
export type PoolMode = "shared" | "transfer";

/**
 * What the workers run: `fast`, the kernels compiled from the cell coroutine (wasm SIMD, bit-
 * sliced JS or bytes) on packed bands; `coroutine`, the coroutine interpreter on bands.
 */
export type PoolEngine = "fast" | "coroutine";

/**
 * Rows passed between bands and back to the coordinator, whatever the engine: packed,
 * `packedRowWords(width)` words a row, bit `x & 31` of word `x >> 5` is column x (the layout of
 * `PackedCells.words`, viewed as signed words as the kernels use them).
 */
export type BandRows = Int32Array;

/** The shared memory of a pool in `shared` mode. */
export interface SharedBuffers {
  /** The barrier's counters and the abort flag (see `Barrier`), then the `RowQueue`'s. */
  readonly control: SharedArrayBuffer;
  /** Fast engine: the bands' edge rows, packed, two generations used in turn (`EdgeSlots`). */
  readonly edges?: SharedArrayBuffer | undefined;
  /**
   * The whole grid, packed rows, twice: each band writes its rows of one at the end of a run,
   * the runs taking them in turn, so the coordinator hands a run's output on as it is, with no
   * copy, while the next run fills the other.
   */
  readonly outputs: readonly [SharedArrayBuffer, SharedArrayBuffer];
  /**
   * Coroutine: the whole grid, a byte per cell, two generations used in turn; each band writes
   * its rows of the first when it loads.
   */
  readonly grids?: readonly [SharedArrayBuffer, SharedArrayBuffer] | undefined;
}

/** Everything a worker needs to run its band. */
export interface BandSetup extends GridShape {
  readonly rule: Rule;
  readonly engine: PoolEngine;
  /** The fast kernel to ask for. */
  readonly kernel: StepperKind | "auto";
  /** This band's place among `bands`, and its rows [from, to) of the grid. */
  readonly index: number;
  readonly bands: number;
  readonly from: number;
  readonly to: number;
  /** The band's cells, packed rows. */
  readonly words: BandRows;
  /** Present in `shared` mode. */
  readonly shared?: SharedBuffers | undefined;
}

/**
 * Messages to a band worker, handled in order. `load` gives it a band (or none, `unload`);
 * `edit` changes cells (index, state pairs over the whole grid; the worker keeps those in its
 * band); `run` (shared mode) advances `generations` with the other bands and writes the band's
 * cells to one of the two shared outputs; `step` (transfer mode) sets the halos and advances one
 * generation; `read` (transfer mode) only reports the band.
 */
export type BandRequest =
  | { readonly kind: "load"; readonly setup: BandSetup }
  | { readonly kind: "unload" }
  | { readonly kind: "edit"; readonly changes: Int32Array }
  | {
      readonly kind: "run";
      readonly id: number;
      readonly generations: number;
      /** Which of the shared outputs to write the band's cells to. */
      readonly output: 0 | 1;
    }
  | {
      readonly kind: "step";
      readonly id: number;
      /** The row above the band and the row below; absent beyond a plane's edge. */
      readonly above?: BandRows | undefined;
      readonly below?: BandRows | undefined;
      /** Whether to send the band's cells back. */
      readonly cells: boolean;
    }
  | { readonly kind: "read"; readonly id: number; readonly cells: boolean };

/** What the band runs on: a fast kernel's name, or `coroutine`. */
export type BandKernel = StepperKind | "coroutine";

/**
 * Replies: `ran` after a `run`; `band` after a `step` or a `read`, with the band's first and
 * last rows (fresh buffers, transferred) and, when asked, its cells and population; `failed`
 * for any request that went wrong (id -1 when it had none).
 */
export type BandReply =
  | {
      readonly kind: "ran";
      readonly id: number;
      readonly population: number;
      readonly kernel: BandKernel;
    }
  | {
      readonly kind: "band";
      readonly id: number;
      readonly top: BandRows;
      readonly bottom: BandRows;
      readonly kernel: BandKernel;
      /** The band's cells, packed rows, when asked for. */
      readonly words?: BandRows | undefined;
      /** Live cells in the band, with `words`. */
      readonly population?: number | undefined;
    }
  | { readonly kind: "failed"; readonly id: number; readonly message: string };
