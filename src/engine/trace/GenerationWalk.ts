import type { CellProgram, CellState } from "../protocol.ts";
import type { Rect } from "./rectsToRead.ts";
import type { TraceWorld } from "./TraceWorld.ts";
import { type CellTrace, type TraceStep, traceCell } from "./traceCell.ts";

/**
 * One generation of the interpreter over the cells of `region`, walked an instruction at a
 * time so that it can be watched: the cells run one coroutine after another in row order, as
 * `simulate` runs them, each asking `world` and announcing its next state, which is kept in
 * `next` until every cell has transitioned (the TICK). Nothing is written to the world.
 */
export class GenerationWalk {
  /** The next state of each cell of the region, row-major, as the cells announce them. */
  readonly next: Uint8Array;
  /** The cell running: its index in the region, row-major (the cell count when all are done). */
  cell = 0;
  /** The instruction of the running cell's coroutine shown now. */
  step = 0;
  private trace: CellTrace | null = null;
  /** The traces of the region's cells, row-major, when they were made elsewhere. */
  private traced: readonly CellTrace[] | null = null;

  constructor(
    private readonly program: CellProgram,
    private readonly world: TraceWorld,
    readonly region: Rect,
  ) {
    this.next = new Uint8Array(region.width * region.height);
  }

  /**
   * A walk over traces made elsewhere, one for each cell of `region` in row order: a user's
   * rule is traced in the rule sandbox, the only place its code may run, and the page walks
   * what came back.
   */
  static ofTraces(traces: readonly CellTrace[], region: Rect): GenerationWalk {
    if (traces.length !== region.width * region.height) {
      throw new RangeError(
        `${traces.length} traces for a region of ${region.width * region.height} cells`,
      );
    }
    const walk = new GenerationWalk(refuse, { locate: () => null, stateAt: () => 0 }, region);
    walk.traced = traces;
    return walk;
  }

  get cells(): number {
    return this.region.width * this.region.height;
  }

  /** Whether every cell has transitioned: the simulation's TICK is next. */
  get done(): boolean {
    return this.cell >= this.cells;
  }

  /** The running cell's coordinates, or null when done. */
  get at(): { x: number; y: number } | null {
    if (this.done) return null;
    const { x, y, width } = this.region;
    return { x: x + (this.cell % width), y: y + Math.floor(this.cell / width) };
  }

  /** The instruction shown now: a query of the running cell, or its transition. */
  get current(): TraceStep | null {
    return this.done ? null : (this.running().steps[this.step] ?? null);
  }

  /** The instructions of the running cell's coroutine. */
  get steps(): number {
    return this.done ? 0 : this.running().steps.length;
  }

  /**
   * Moves on `count` instructions (a cell's transition is its last: the next instruction is
   * the next cell's first query); returns how many it moved, fewer when the walk ended.
   */
  advance(count: number): number {
    let moved = 0;
    while (moved < count && !this.done) {
      const trace = this.running();
      if (this.step + 1 < trace.steps.length) {
        this.step++;
      } else {
        this.finishCell(trace);
      }
      moved++;
    }
    return moved;
  }

  /** Runs every cell left at once. */
  finish(): void {
    while (!this.done) this.finishCell(this.running());
  }

  private finishCell(trace: CellTrace) {
    const last = trace.steps[trace.steps.length - 1];
    this.next[this.cell] = last?.kind === "transition" ? (last.state as CellState) : 0;
    this.cell++;
    this.step = 0;
    this.trace = null;
  }

  private running(): CellTrace {
    if (this.trace === null && this.traced !== null) {
      this.trace = this.traced[this.cell] as CellTrace;
    } else if (this.trace === null) {
      const at = this.at as { x: number; y: number };
      this.trace = traceCell(this.program, this.world, at.y, at.x, { frames: false });
    }
    return this.trace as CellTrace;
  }
}

/** The program of a walk over given traces: never run. */
function refuse(): never {
  throw new Error("a walk over given traces runs no coroutine");
}
