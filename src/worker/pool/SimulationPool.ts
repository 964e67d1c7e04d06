import type { StepperKind } from "../../kernels/index.ts";
import type { StepResult, World } from "../protocol.ts";
import type { Simulator } from "../Simulator.ts";
import type { PoolWorker } from "./PoolWorker.ts";
import type { BandKernel, PoolEngine, PoolMode } from "./protocol.ts";

export interface SimulationPoolOptions {
  /** Starts one band worker: `createBandWorker` in the page, a worker thread in Node. */
  readonly createWorker: () => PoolWorker;
  /** How many workers; default `poolSize()` (navigator.hardwareConcurrency). */
  readonly workers?: number;
  /**
   * `auto` (the default): `shared` when memory can be shared (`sharedMemoryAvailable`) and the
   * workers are real threads, else `transfer`. Asking for `shared` where it cannot be had throws.
   */
  readonly mode?: PoolMode | "auto";
  /** The engine for loads that do not name one; default `fast`. */
  readonly engine?: PoolEngine;
  /** The fast kernel to ask for; default `auto`, the fastest there is. For benchmarks. */
  readonly kernel?: StepperKind | "auto";
}

/** A step's result, with what the pool knows beyond the single worker's `StepResult`. */
export interface PoolStepResult extends StepResult {
  readonly population: number;
  readonly engine: PoolEngine;
  /** What ran: a fast kernel's name, or `coroutine`. */
  readonly kernel: BandKernel;
  /** Bands that ran: the number of workers, or the grid's height when that is smaller. */
  readonly bands: number;
  readonly mode: PoolMode;
}

/**
 * A grid split into bands of rows, one per worker, advanced together. A `Simulator`, so the
 * store can use it in place of the single worker: loads and edits are fire-and-forget, and
 * every request (loads, edits, steps, resizes) takes effect in the order it was made. A step
 * that fails (a worker died, say) leaves the world undefined: load it again.
 */
export interface SimulationPool extends Simulator {
  readonly mode: PoolMode;
  /** Workers in the pool now. */
  readonly size: number;
  /**
   * Replaces the world and starts epoch `epoch` on `engine` (default: the pool's). Throws
   * RangeError at once for a bad size or cell count; the cells are copied at the call.
   */
  load(world: World, epoch?: number, engine?: PoolEngine): void;
  /** `changes` holds (cell index, state) pairs; `seq` is reported back as `editSeq`. */
  edit(changes: Int32Array, seq?: number): void;
  /** Advances `generations` (0 only reads) and resolves with a copy of the cells. */
  step(generations: number): Promise<PoolStepResult>;
  /** Changes the number of workers (at least 1), keeping the world as it is. */
  resize(workers: number): Promise<void>;
  /**
   * Runs the world as it is on `engine` from now on, and makes it the engine of later loads
   * that do not name one.
   */
  setEngine(engine: PoolEngine): Promise<void>;
  dispose(): void;
}
