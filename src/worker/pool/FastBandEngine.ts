import { type BandStepper, packedRowWords } from "../../kernels/index.ts";
import type { BandEngine } from "./BandEngine.ts";
import type { BandRow } from "./protocol.ts";

/** A band on a fast kernel: its rows travel packed (see `BandStepper`). */
export class FastBandEngine implements BandEngine {
  readonly kernel;

  constructor(private readonly band: BandStepper) {
    this.kernel = band.kind;
  }

  readEdge(side: "top" | "bottom", out?: BandRow): BandRow {
    const row = out ? words(out) : new Int32Array(packedRowWords(this.band.width));
    this.band.readRow(side === "top" ? 0 : this.band.height - 1, row);
    return row;
  }

  setHalos(above: BandRow | undefined, below: BandRow | undefined): void {
    this.band.setHalos(above && words(above), below && words(below));
  }

  step(): void {
    this.band.step();
  }

  setCell(y: number, x: number, alive: boolean): void {
    this.band.setCell(y, x, alive);
  }

  readCells(out?: Uint8Array): Uint8Array {
    return this.band.getCells(out);
  }

  population(): number {
    return this.band.population();
  }

  dispose(): void {
    this.band.dispose();
  }
}

function words(row: BandRow): Int32Array {
  if (!(row instanceof Int32Array)) throw new TypeError("the fast engine trades packed rows");
  return row;
}
