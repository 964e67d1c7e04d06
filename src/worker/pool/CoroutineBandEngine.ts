import type { CellProgram, Grid } from "../../engine/index.ts";
import { interpretBand, packedRowWords, packRows, unpackRows } from "../../kernels/index.ts";
import type { BandEngine } from "./BandEngine.ts";
import type { BandRows } from "./protocol.ts";

/**
 * A band on the coroutine interpreter (`interpretBand`): rows [from, to) of two whole grids used
 * in turn, so that queries about neighbours in other bands read the grid directly. The grids
 * live in shared memory (every band sees every row, no halos needed) or in the worker (the
 * halos are written into the rows just beyond the band before each step). Rows are packed on
 * the way out and unpacked on the way in.
 */
export class CoroutineBandEngine implements BandEngine {
  readonly kernel = "coroutine";

  constructor(
    private current: Grid,
    private next: Grid,
    private readonly from: number,
    private readonly to: number,
    private readonly program: CellProgram,
    words: BandRows,
  ) {
    const { width } = current;
    unpackRows(words, width, to - from, current.cells.subarray(from * width, to * width));
  }

  readEdge(side: "top" | "bottom", out?: BandRows): BandRows {
    const { width } = this.current;
    const row = out ?? new Int32Array(packedRowWords(width));
    packRows(this.rows(side === "top" ? this.from : this.to - 1, 1), width, 1, row);
    return row;
  }

  setHalos(above: BandRows | undefined, below: BandRows | undefined): void {
    const { width, height } = this.current;
    // On a torus the row above row 0 is the last one; a plane sends no row beyond its edges.
    if (above) unpackRows(above, width, 1, this.rows((this.from - 1 + height) % height, 1));
    if (below) unpackRows(below, width, 1, this.rows(this.to % height, 1));
  }

  step(): void {
    this.stepRows(this.from, this.to);
    this.advance();
  }

  /**
   * Rows [from, to) of the whole grid, this band's or not, into the next generation: in shared
   * memory, bands step whichever chunks of rows they claim (`RowQueue`).
   */
  stepRows(from: number, to: number): void {
    interpretBand(this.current, this.next, from, to, this.program);
  }

  /** Makes the next generation the current one, once all its rows are stepped. */
  advance(): void {
    [this.current, this.next] = [this.next, this.current];
  }

  setCell(y: number, x: number, alive: boolean): void {
    this.current.cells[(this.from + y) * this.current.width + x] = alive ? 1 : 0;
  }

  readWords(out?: BandRows): BandRows {
    const { width } = this.current;
    const rows = this.to - this.from;
    const words = out ?? new Int32Array(packedRowWords(width) * rows);
    packRows(this.rows(this.from, rows), width, rows, words);
    return words;
  }

  population(): number {
    let count = 0;
    for (const cell of this.rows(this.from, this.to - this.from)) count += cell;
    return count;
  }

  dispose(): void {
    // Nothing to free: the grids go with the last reference to them.
  }

  /** `count` rows of the current grid from row `y`, as bytes. */
  private rows(y: number, count: number): Uint8Array {
    const { width, cells } = this.current;
    return cells.subarray(y * width, (y + count) * width);
  }
}
