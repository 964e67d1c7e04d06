import type { GameLogic, Grid } from "../../engine/index.ts";
import { interpretBand } from "../../kernels/index.ts";
import type { BandEngine } from "./BandEngine.ts";
import type { BandRow } from "./protocol.ts";

/**
 * A band on the coroutine interpreter (`interpretBand`): rows [from, to) of two whole grids used
 * in turn, so that queries about neighbours in other bands read the grid directly. The grids
 * live in shared memory (every band sees every row, no halos needed) or in the worker (the
 * halos are written into the rows just beyond the band before each step).
 */
export class CoroutineBandEngine implements BandEngine {
  readonly kernel = "coroutine";

  constructor(
    private current: Grid,
    private next: Grid,
    private readonly from: number,
    private readonly to: number,
    private readonly gameLogic: GameLogic,
  ) {}

  readEdge(side: "top" | "bottom", out?: BandRow): BandRow {
    const { width, cells } = this.current;
    const y = side === "top" ? this.from : this.to - 1;
    const row = out ?? new Uint8Array(width);
    row.set(cells.subarray(y * width, (y + 1) * width));
    return row;
  }

  setHalos(above: BandRow | undefined, below: BandRow | undefined): void {
    const { width, height, cells } = this.current;
    // On a torus the row above row 0 is the last one; a plane sends no row beyond its edges.
    if (above) cells.set(above, ((this.from - 1 + height) % height) * width);
    if (below) cells.set(below, (this.to % height) * width);
  }

  step(): void {
    interpretBand(this.current, this.next, this.from, this.to, this.gameLogic);
    [this.current, this.next] = [this.next, this.current];
  }

  setCell(y: number, x: number, alive: boolean): void {
    this.current.cells[(this.from + y) * this.current.width + x] = alive ? 1 : 0;
  }

  readCells(out?: Uint8Array): Uint8Array {
    const { width, cells } = this.current;
    const band = cells.subarray(this.from * width, this.to * width);
    if (!out) return band.slice();
    out.set(band);
    return out;
  }

  population(): number {
    const { width, cells } = this.current;
    let count = 0;
    for (let i = this.from * width; i < this.to * width; i++) count += cells[i] as number;
    return count;
  }

  dispose(): void {
    // Nothing to free: the grids go with the last reference to them.
  }
}
