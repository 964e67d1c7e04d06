import type { Topology } from "../engine/Grid.ts";
import { assertCellCount } from "./assertCellCount.ts";
import type { Stepper } from "./Stepper.ts";
import { stepBytes } from "./stepBytes.ts";

/** A Stepper on the byte-per-cell table kernel: any compiled rule, two buffers used in turn. */
export class ByteStepper implements Stepper {
  readonly kind = "bytes";
  private current: Uint8Array;
  private spare: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly topology: Topology,
    private readonly table: Uint8Array,
  ) {
    this.current = new Uint8Array(width * height);
    this.spare = new Uint8Array(width * height);
  }

  step(generations = 1): void {
    for (let i = 0; i < generations; i++) {
      stepBytes(this.current, this.spare, this.width, this.height, this.topology, this.table);
      [this.current, this.spare] = [this.spare, this.current];
    }
  }

  getCells(): Uint8Array {
    return this.current.slice();
  }

  setCells(cells: Uint8Array): void {
    assertCellCount(cells, this.width, this.height);
    for (let i = 0; i < cells.length; i++) this.current[i] = cells[i] ? 1 : 0;
  }

  population(): number {
    let count = 0;
    for (const cell of this.current) count += cell;
    return count;
  }

  dispose(): void {
    this.current = new Uint8Array(0);
    this.spare = new Uint8Array(0);
  }
}
