import type { Stepper } from "../../kernels/Stepper.ts";

/**
 * What a bounded universe needs of whatever holds and advances its cells (a fast kernel's
 * stepper, or the coroutine interpreter): steps, and the cells packed a bit each in the layout
 * of `PackedCells.words`, a row or all of them at a time, or read in place where the kernel
 * keeps them packed, so that nothing crosses at a byte per cell and only what is asked for is
 * read. Multi-state worlds will need a byte-per-cell
 * counterpart of the row methods.
 */
export type GridStepper = Pick<
  Stepper,
  | "step"
  | "readRow"
  | "readRows"
  | "writeRows"
  | "setCell"
  | "getCell"
  | "packedView"
  | "population"
  | "dispose"
>;
