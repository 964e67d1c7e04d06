import type { RowRange } from "../../kernels/index.ts";
import type { Rule } from "../../rules/index.ts";
import type { GridShape } from "../../universe/BoundedWorld.ts";
import type { BandKernel, BandRows, PoolEngine, SharedBuffers } from "./protocol.ts";

/** The coordinator's record of the world its workers run. */
export interface LoadedWorld extends GridShape {
  readonly rule: Rule;
  readonly engine: PoolEngine;
  readonly epoch: number;
  generation: number;
  /** Shared mode: runs so far, whose parity picks the shared output the next one writes. */
  runs: number;
  /** Band i runs on worker i; workers past the last band are idle. */
  readonly ranges: readonly RowRange[];
  /** Shared mode. */
  readonly shared?: SharedBuffers | undefined;
  /**
   * Transfer mode: each band's first and last rows now, to send as its neighbours' halos;
   * undefined when they must be read again (after a load, an edit or a failure).
   */
  edges: { readonly top: BandRows; readonly bottom: BandRows }[] | undefined;
}

/** What a step brings back from the bands. */
export interface BandsOutcome {
  /** The whole grid, packed rows (`PackedCells.words`). */
  readonly words: Uint32Array;
  readonly population: number;
  readonly kernel: BandKernel;
}
