import type { BandKernel, BandRow } from "./protocol.ts";

/**
 * One band as a worker runs it, whatever the engine: the fast kernels on a packed band
 * (`FastBandEngine`) or the coroutine interpreter over the grid (`CoroutineBandEngine`). Rows
 * are numbered within the band, 0 its first.
 */
export interface BandEngine {
  readonly kernel: BandKernel;
  /** The band's first (`top`) or last row, into `out` or a fresh row, in this engine's format. */
  readEdge(side: "top" | "bottom", out?: BandRow): BandRow;
  /** The rows just above and below the band for the next step; absent beyond a plane's edge. */
  setHalos(above: BandRow | undefined, below: BandRow | undefined): void;
  /** Advances the band one generation. */
  step(): void;
  setCell(y: number, x: number, alive: boolean): void;
  /** The band's cells, a byte per cell, into `out` or a fresh array. */
  readCells(out?: Uint8Array): Uint8Array;
  population(): number;
  dispose(): void;
}
