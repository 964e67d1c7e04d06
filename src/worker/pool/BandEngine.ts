import type { BandKernel, BandRows } from "./protocol.ts";

/**
 * One band as a worker runs it, whatever the engine: the fast kernels on a packed band
 * (`FastBandEngine`) or the coroutine interpreter over the grid (`CoroutineBandEngine`). Rows
 * are numbered within the band, 0 its first, and cross this interface packed.
 */
export interface BandEngine {
  readonly kernel: BandKernel;
  /** The band's first (`top`) or last row, into `out` or a fresh row. */
  readEdge(side: "top" | "bottom", out?: BandRows): BandRows;
  /** The rows just above and below the band for the next step; absent beyond a plane's edge. */
  setHalos(above: BandRows | undefined, below: BandRows | undefined): void;
  /** Advances the band one generation. */
  step(): void;
  setCell(y: number, x: number, alive: boolean): void;
  /** The band's cells, packed rows, into `out` or a fresh array. */
  readWords(out?: BandRows): BandRows;
  population(): number;
  dispose(): void;
}
