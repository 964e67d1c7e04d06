import { CoroutineEngine } from "../../engine/CoroutineEngine.ts";
import { Grid, type Surface, type Topology } from "../../engine/Grid.ts";
import { packRows, unpackRows } from "../../engine/packRows.ts";
import type { CellProgram } from "../../engine/protocol.ts";
import type { GridStepper } from "./GridStepper.ts";

/**
 * The coroutine interpreter as a `GridStepper`: its grid holds a byte per cell, packed into
 * rows and unpacked from them as they cross.
 */
export class InterpreterStepper implements GridStepper {
  private readonly engine: CoroutineEngine;

  constructor(
    private readonly width: number,
    private readonly height: number,
    surface: Topology | Surface,
    program: CellProgram,
  ) {
    this.engine = new CoroutineEngine(new Grid(height, width, surface), program);
  }

  step(generations = 1): void {
    this.engine.step(generations);
  }

  readRow(y: number, out: Int32Array): void {
    const { width } = this;
    packRows(this.engine.grid.cells.subarray(y * width, (y + 1) * width), width, 1, out);
  }

  readRows(out: Int32Array): void {
    packRows(this.engine.grid.cells, this.width, this.height, out);
  }

  writeRows(words: Int32Array): void {
    unpackRows(words, this.width, this.height, this.engine.grid.cells);
  }

  setCell(y: number, x: number, alive: boolean): void {
    this.engine.grid.cells[y * this.width + x] = alive ? 1 : 0;
  }

  getCell(y: number, x: number): boolean {
    return this.engine.grid.cells[y * this.width + x] !== 0;
  }

  packedView(): undefined {
    return undefined;
  }

  population(): number {
    let count = 0;
    for (const state of this.engine.grid.cells) if (state !== 0) count++;
    return count;
  }

  dispose(): void {}
}
