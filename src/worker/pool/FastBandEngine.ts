import { type BandStepper, packedRowWords } from "../../kernels/index.ts";
import type { BandEngine } from "./BandEngine.ts";
import type { BandRows } from "./protocol.ts";

/** A band on a fast kernel (see `BandStepper`), which trades packed rows as they are. */
export class FastBandEngine implements BandEngine {
  readonly kernel;

  constructor(private readonly band: BandStepper) {
    this.kernel = band.kind;
  }

  readEdge(side: "top" | "bottom", out?: BandRows): BandRows {
    const row = out ?? new Int32Array(packedRowWords(this.band.width));
    this.band.readRow(side === "top" ? 0 : this.band.height - 1, row);
    return row;
  }

  setHalos(above: BandRows | undefined, below: BandRows | undefined): void {
    this.band.setHalos(above, below);
  }

  step(): void {
    this.band.step();
  }

  setCell(y: number, x: number, alive: boolean): void {
    this.band.setCell(y, x, alive);
  }

  readWords(out?: BandRows): BandRows {
    const { width, height } = this.band;
    const words = out ?? new Int32Array(packedRowWords(width) * height);
    this.band.readRows(words);
    return words;
  }

  population(): number {
    return this.band.population();
  }

  dispose(): void {
    this.band.dispose();
  }
}
