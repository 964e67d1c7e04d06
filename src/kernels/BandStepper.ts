import type { Topology } from "../engine/Grid.ts";
import type { StepperKind } from "./Stepper.ts";

/**
 * Packed rows read in place, in the memory of the kernel that holds them: row y's
 * `packedRowWords(width)` words start at `words[start + y * stride]`. Bits past the last column
 * are not always 0 (a kernel may keep a ghost column there): mask the last word.
 */
export interface PackedView {
  readonly words: Int32Array;
  readonly start: number;
  readonly stride: number;
}

/**
 * A band of rows of a grid advanced by a fast kernel: rows [y0, y1) of the whole grid,
 * numbered 0..height-1 here. It cannot see the rows beyond its ends, so before each `step` its
 * owner gives it the halo rows, the rows just above and below it at that generation (the
 * neighbouring bands' edge rows, or the band's own far rows when it is a whole torus, or
 * nothing beyond a plane's edge). Columns follow `topology`: they wrap on a torus and read as
 * empty beyond the edges of a plane.
 *
 * Rows cross this interface in one format whatever the kernel, so that bands on different
 * kernels can trade them: packed, `packedRowWords(width)` words, bit `x & 31` of word `x >> 5`
 * is column x, bits past the last column 0. Cells cross it one byte per cell, row-major, as in
 * `Stepper`.
 */
export interface BandStepper {
  /** The kernel running, after `createBandStepper` resolved `auto` and any fallback. */
  readonly kind: StepperKind;
  readonly width: number;
  /** Rows in the band. */
  readonly height: number;
  /** How columns behave at the left and right edges; rows come from the halos. */
  readonly topology: Topology;
  /**
   * Sets the rows just above and below the band for the next `step`, packed; `undefined`
   * reads as an empty row (beyond a plane's edge). The rows are copied. Needed before every
   * step: a step leaves the halos undefined.
   */
  setHalos(above: Int32Array | undefined, below: Int32Array | undefined): void;
  /**
   * Sets the cells just left and right of rows -1..height (columns -1 and `width`), for a
   * band whose left and right edges join otherwise than straight (Golly's twisted, shifted and
   * turned surfaces): `west` and `east` hold `height + 2` states, the halo above first. Only on
   * a band made with the `plane` topology, after `setHalos`; needed before every step, like
   * the halos, which then leave the ghosts empty.
   */
  setGhosts(west: Uint8Array, east: Uint8Array): void;
  /** Advances the band one generation from its cells and the halos last set. */
  step(): void;
  /** Packs band row `y` (0..height-1) into `out`, which holds at least a packed row. */
  readRow(y: number, out: Int32Array): void;
  /**
   * The band's rows packed into `out`, row y at word `y * packedRowWords(width)` (the layout
   * of `PackedCells.words`).
   */
  readRows(out: Int32Array): void;
  /** Replaces the band's cells from packed rows laid out as `readRows` writes them. */
  writeRows(words: Int32Array): void;
  /** The band's cells, one byte (0 or 1) per cell, into `out` (a fresh array when absent). */
  getCells(out?: Uint8Array): Uint8Array;
  /** Replaces the band's cells; `cells` must hold width * height bytes (non-zero is alive). */
  setCells(cells: Uint8Array): void;
  /** Sets one cell of the band, at row y (0..height-1) and column x. */
  setCell(y: number, x: number, alive: boolean): void;
  /** Whether the cell at row y (0..height-1) and column x is alive. */
  getCell(y: number, x: number): boolean;
  /**
   * The band's current rows where the kernel keeps them, for reading without a copy; valid
   * until the next step or edit. Absent for a kernel that does not keep its cells packed.
   */
  packedView?(): PackedView;
  /** The number of live cells in the band. */
  population(): number;
  /** Releases the kernel's memory; the band must not be used afterwards. */
  dispose(): void;
}
