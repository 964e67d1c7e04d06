import { CoroutineEngine } from "../../engine/CoroutineEngine.ts";
import { Grid, type Topology } from "../../engine/Grid.ts";
import type { CellProgram } from "../../engine/protocol.ts";
import type { Surface } from "../../engine/Surface.ts";
import type { StateStepper } from "../StateStepper.ts";

/**
 * The coroutine interpreter as a `StateStepper`: what runs a multi-state rule that does not
 * compile (Larger than Life, which looks beyond its 3x3 block), and the reference every
 * multi-state kernel is checked against.
 */
export class InterpreterStateStepper implements StateStepper {
  readonly kind = "coroutine";
  private readonly engine: CoroutineEngine;

  constructor(
    readonly width: number,
    readonly height: number,
    surface: Topology | Surface,
    program: CellProgram,
  ) {
    this.engine = new CoroutineEngine(new Grid(height, width, surface), program);
    this.topology = this.engine.grid.topology;
  }

  readonly topology: Topology;

  cells(): Uint8Array {
    return this.engine.grid.cells;
  }

  setCells(cells: Uint8Array): void {
    this.engine.grid.cells.set(cells);
  }

  setCell(y: number, x: number, state: number): void {
    this.engine.grid.cells[y * this.width + x] = state;
  }

  step(): void {
    this.engine.step(1);
  }

  dispose(): void {}
}
