import type { Topology } from "../engine/Grid.ts";
import type { BandStepper, PackedView } from "./BandStepper.ts";
import { packedRowWords } from "./BitLayout.ts";
import type { EdgeSources } from "./EdgeSources.ts";
import type { Stepper, StepperKind } from "./Stepper.ts";

/**
 * A whole grid as one band: before each step the halos are the band's own last and first rows
 * on a torus (the rows wrap around), and empty on a plane. On Golly's other surfaces (`edges`
 * given, the band made as a plane) the halos and the ghost columns are the edge cells that
 * join them, filled by `edges`.
 */
export class WholeGridStepper implements Stepper {
  readonly kind: StepperKind;
  readonly width: number;
  readonly height: number;
  private readonly above: Int32Array;
  private readonly below: Int32Array;

  constructor(
    private readonly band: BandStepper,
    readonly topology: Topology,
    private readonly edges?: EdgeSources,
  ) {
    this.kind = band.kind;
    this.width = band.width;
    this.height = band.height;
    this.above = new Int32Array(packedRowWords(band.width));
    this.below = new Int32Array(packedRowWords(band.width));
  }

  step(generations = 1): void {
    const { band } = this;
    for (let i = 0; i < generations; i++) {
      if (this.edges) {
        this.edges.fill(band);
      } else if (this.topology === "torus") {
        band.readRow(this.height - 1, this.above);
        band.readRow(0, this.below);
        band.setHalos(this.above, this.below);
      } else {
        band.setHalos(undefined, undefined);
      }
      band.step();
    }
  }

  getCells(): Uint8Array {
    return this.band.getCells();
  }

  setCells(cells: Uint8Array): void {
    this.band.setCells(cells);
  }

  readRow(y: number, out: Int32Array): void {
    this.band.readRow(y, out);
  }

  readRows(out: Int32Array): void {
    this.band.readRows(out);
  }

  writeRows(words: Int32Array): void {
    this.band.writeRows(words);
  }

  setCell(y: number, x: number, alive: boolean): void {
    this.band.setCell(y, x, alive);
  }

  getCell(y: number, x: number): boolean {
    return this.band.getCell(y, x);
  }

  packedView(): PackedView | undefined {
    return this.band.packedView?.();
  }

  population(): number {
    return this.band.population();
  }

  dispose(): void {
    this.band.dispose();
  }
}
