import type { Grid } from "./Grid.ts";
import { liveAGeneration } from "./liveAGeneration.ts";
import type { CellProgram } from "./protocol.ts";
import { type Simulation, simulate } from "./simulate.ts";

/**
 * Runs a grid forward with the coroutine interpreter: one `simulate` coroutine for the whole
 * life of the engine, and two grids used in turn so that a tick allocates no grid.
 */
export class CoroutineEngine {
  private current: Grid;
  private spare: Grid;
  private readonly sim: Simulation;
  generation = 0;

  constructor(grid: Grid, program: CellProgram) {
    this.current = grid.clone();
    this.spare = grid.emptyLike();
    this.sim = simulate(grid.height, grid.width, program);
  }

  /** The current generation. It is the engine's own buffer: clone it to keep it. */
  get grid(): Grid {
    return this.current;
  }

  /** Advances `generations` ticks. */
  step(generations = 1): void {
    for (let i = 0; i < generations; i++) {
      const next = liveAGeneration(this.current, this.sim, this.spare);
      this.spare = this.current;
      this.current = next;
      this.generation++;
    }
  }
}
