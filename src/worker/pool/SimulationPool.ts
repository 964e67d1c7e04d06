import type { StepperKind } from "../../kernels/index.ts";
import type { StepResult, World } from "../protocol.ts";
import type { PoolWorker } from "./PoolWorker.ts";
import type { BandKernel, PoolEngine, PoolMode } from "./protocol.ts";

export interface SimulationPoolOptions {
  /** Starts one band worker: `createBandWorker` in the page, a worker thread in Node. */
  readonly createWorker: () => PoolWorker;
  /**
   * How many workers; default `poolSize()` (navigator.hardwareConcurrency). At most
   * `MAX_WORKERS`, here and in `resize`.
   */
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
  /**
   * How long to wait for a worker's answer to a request for `generations` of a grid of `cells`
   * cells on `engine` before counting the worker as lost, `starting` when some worker has not
   * answered anything yet; default `requestTimeout`.
   */
  readonly timeout?: (
    cells: number,
    generations: number,
    engine: PoolEngine,
    starting: boolean,
  ) => number;
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
  readonly where: "worker" | "main thread";
}

/**
 * A grid split into bands of rows, one per worker, advanced together: what steps a bounded grid
 * in the universe worker (createPooledUniverse). Loads and edits are fire-and-forget, and
 * every request (loads, edits, steps, resizes) takes effect in the order it was made. A step
 * that fails leaves the world undefined: load it again. When it failed because a worker was lost
 * (it failed outright or did not answer in time) it fails with a `WorkerLostError`, and the pool
 * has already replaced its workers, or moved into the page when they could not start.
 */
export interface SimulationPool {
  /** Where the bands run: on workers, or on the calling thread when workers could not start. */
  readonly where: "worker" | "main thread";
  /** Why it runs on the calling thread though workers were asked for, once it does. */
  readonly fallbackReason?: string | undefined;
  /** How the workers share the grid; `transfer` once the pool runs in the page. */
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
  /**
   * Changes the number of workers (1 to `MAX_WORKERS`; 1 in the page), keeping the world as it
   * is. Resizes asked for before one runs are one: the last wins, and only its workers start.
   */
  resize(workers: number): Promise<void>;
  /**
   * Runs the world as it is on `engine` from now on, and makes it the engine of later loads
   * that do not name one.
   */
  setEngine(engine: PoolEngine): Promise<void>;
  dispose(): void;
}
