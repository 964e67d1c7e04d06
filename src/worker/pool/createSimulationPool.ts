import { assertGridSize } from "../../engine/index.ts";
import { packedRowWords, splitRows } from "../../kernels/index.ts";
import type { World } from "../protocol.ts";
import { WorkerLostError } from "../WorkerLostError.ts";
import { Barrier } from "./Barrier.ts";
import { connectWorker, type WorkerConnection } from "./connectWorker.ts";
import { createInProcessWorker } from "./createInProcessWorker.ts";
import { createSharedBuffers } from "./createSharedBuffers.ts";
import type { BandsOutcome, LoadedWorld } from "./LoadedWorld.ts";
import { MAX_WORKERS, poolSize } from "./poolSize.ts";
import type { PoolEngine, PoolMode } from "./protocol.ts";
import { requestTimeout } from "./requestTimeout.ts";
import type { PoolStepResult, SimulationPool, SimulationPoolOptions } from "./SimulationPool.ts";
import { sharedMemoryAvailable } from "./sharedMemoryAvailable.ts";
import { stepShared } from "./stepShared.ts";
import { stepTransfer } from "./stepTransfer.ts";

/**
 * Starts a pool of band workers (see `SimulationPool`). Each loaded grid is split into at most
 * one band of rows per worker (`splitRows`), which the workers advance together: in `shared`
 * mode the grid lives in SharedArrayBuffers and a barrier per generation keeps the bands in step
 * with no message per generation; in `transfer` mode the coordinator passes the halo rows
 * between bands every generation.
 *
 * Workers fail: starting one may throw (a sandboxed page), fail a moment later (a policy that
 * forbids workers) or never answer; a running one may die without a word. Workers that fail
 * before any of them ever answered could not start, and the pool moves into the page (one
 * in-process worker, for good); otherwise fresh workers replace them all. Either way the world
 * is lost, and steps fail with a `WorkerLostError` until the next load.
 */
export function createSimulationPool(options: SimulationPoolOptions): SimulationPool {
  let defaultEngine = options.engine ?? "fast";
  const kernel = options.kernel ?? "auto";
  const timeout = options.timeout ?? requestTimeout;
  let createWorker = options.createWorker;
  let fallbackReason: string | undefined;
  let mode: PoolMode = "transfer";
  let connections = start(clampSize(options.workers ?? poolSize()));
  if (!fallbackReason) mode = chooseMode(options.mode ?? "auto", connections);
  let world: LoadedWorld | undefined;
  /** Why the world is gone, from a lost worker until the next load. */
  let lost: WorkerLostError | undefined;
  /** The size the last `resize` asked for: resizes waiting in the queue all go there at once. */
  let wantedSize = connections.length;
  let editSeq = 0;
  let nextId = 1;
  let disposed = false;
  // Every request runs after the ones before it: a step in transfer mode is many messages, and
  // a load or an edit must not land in the middle of it.
  let tail: Promise<unknown> = Promise.resolve();

  function enqueue<T>(task: () => T | Promise<T>): Promise<T> {
    const result = tail.then(() => {
      if (disposed) throw new Error("simulation pool disposed");
      return task();
    });
    tail = result.catch(() => undefined);
    return result;
  }

  /** `count` workers, or where they cannot start, one in the page. */
  function start(count: number): WorkerConnection[] {
    const started: WorkerConnection[] = [];
    try {
      for (let i = 0; i < count; i++) started.push(connectWorker(createWorker(), abortRun));
      return started;
    } catch (error) {
      for (const connection of started) connection.terminate();
      moveIntoPage(error instanceof Error ? error.message : String(error));
      return [connectWorker(createWorker(), abortRun)];
    }
  }

  /** From now on the bands run in the page, in one in-process worker (the page has one thread). */
  function moveIntoPage(reason: string): void {
    fallbackReason = reason;
    createWorker = createInProcessWorker;
    mode = "transfer";
  }

  function clampSize(workers: number): number {
    if (fallbackReason) return 1;
    return Math.max(1, Math.min(MAX_WORKERS, Math.floor(workers)));
  }

  /** A worker is lost: the others must not wait for it at the barrier forever. */
  function abortRun(): void {
    if (world?.shared) new Barrier(world.shared.control, world.ranges.length).abort();
  }

  /**
   * After a request failed with a worker lost: stops every worker and starts fresh ones, or moves
   * into the page when none of them had ever answered (they could not start, or fresh ones
   * failed again), forgetting the world.
   */
  function replaceLostWorkers(): WorkerLostError | undefined {
    const gone = connections.find((connection) => connection.lost);
    if (!gone?.lost) return undefined;
    const couldNotStart = !connections.some((connection) => connection.answered);
    for (const connection of connections) connection.terminate();
    if (couldNotStart) moveIntoPage(gone.lost.message);
    world = undefined;
    lost = gone.lost;
    connections = start(clampSize(connections.length));
    return lost;
  }

  /** Sets the number of workers, keeping those there are: never more alive than asked. */
  function setSize(count: number): void {
    const kept = connections.slice(0, count);
    for (const connection of connections.slice(count)) connection.terminate();
    const before = fallbackReason;
    const added = count > kept.length ? start(count - kept.length) : [];
    // Starting more may have moved the pool into the page: then the one in-process worker alone.
    if (fallbackReason !== before) {
      for (const connection of kept) connection.terminate();
      connections = added;
    } else connections = [...kept, ...added];
  }

  function send(next: World & { readonly epoch: number; readonly engine: PoolEngine }): void {
    const { width, height } = next;
    const stride = packedRowWords(width);
    const all = new Int32Array(next.words.buffer, next.words.byteOffset, next.words.length);
    const ranges = splitRows(height, connections.length);
    const shared =
      mode === "shared"
        ? createSharedBuffers(next.engine, width, height, ranges.length)
        : undefined;
    const { topology, rule, engine, epoch, generation } = next;
    world = {
      width,
      height,
      topology,
      rule,
      engine,
      epoch,
      generation,
      runs: 0,
      ranges,
      shared,
      edges: undefined,
    };
    connections.forEach((connection, index) => {
      const range = ranges[index];
      if (!range) {
        connection.send({ kind: "unload" });
        return;
      }
      const words = all.slice(range.from * stride, range.to * stride);
      connection.send(
        {
          kind: "load",
          setup: {
            width,
            height,
            topology,
            rule,
            engine,
            kernel,
            index,
            bands: ranges.length,
            ...range,
            words,
            shared,
          },
        },
        [words.buffer],
      );
    });
  }

  /**
   * Reads the world as it is now, runs `change` (new workers, a new engine), and loads the
   * world again, on `defaultEngine`, with its generation and epoch.
   */
  async function reload(change: () => void): Promise<void> {
    let now: PoolStepResult | undefined;
    try {
      now = world && !lost ? await advance(0) : undefined;
    } catch (error) {
      // The workers were replaced and the world is gone: change them all the same.
      if (!(error instanceof WorkerLostError)) throw error;
    }
    change();
    if (!world || !now) return;
    const { width, height, topology, rule, epoch } = world;
    const { words, generation } = now;
    send({ width, height, topology, rule, engine: defaultEngine, epoch, words, generation });
  }

  async function advance(generations: number): Promise<PoolStepResult> {
    const loaded = world;
    if (lost) throw lost;
    if (!loaded) throw new Error("nothing loaded to step");
    const started = performance.now();
    const id = nextId++;
    const step = mode === "shared" ? stepShared : stepTransfer;
    const cells = loaded.width * loaded.height;
    const starting = connections.some((connection) => !connection.answered);
    let outcome: BandsOutcome;
    try {
      outcome = await step(loaded, connections, id, generations, (asked) =>
        timeout(cells, asked, loaded.engine, starting),
      );
    } catch (error) {
      throw replaceLostWorkers() ?? error;
    }
    loaded.generation += generations;
    return {
      id,
      epoch: loaded.epoch,
      editSeq,
      generation: loaded.generation,
      words: outcome.words,
      millis: performance.now() - started,
      population: outcome.population,
      engine: loaded.engine,
      kernel: outcome.kernel,
      bands: loaded.ranges.length,
      mode,
      where: connections[0]?.worker.where ?? "worker",
    };
  }

  return {
    get mode() {
      return mode;
    },
    get fallbackReason() {
      return fallbackReason;
    },
    get where() {
      return connections[0]?.worker.where ?? "worker";
    },
    get size() {
      return connections.length;
    },
    load(next, epoch = 0, engine = defaultEngine) {
      assertGridSize(next.height, next.width);
      // The bands trade plain edges: Golly's other surfaces run as one grid (poolRuns).
      if ((next.topology !== "torus" && next.topology !== "plane") || next.shift !== undefined) {
        throw new RangeError(
          `the band pool runs a torus or a plane, not a ${next.shift ? "shifted " : ""}${next.topology}`,
        );
      }
      const words = packedRowWords(next.width) * next.height;
      if (next.words.length !== words) {
        throw new RangeError(
          `a ${next.width}x${next.height} grid needs ${words} words, got ${next.words.length}`,
        );
      }
      // Copied now: the caller may change its cells before the load runs.
      const copy = { ...next, words: next.words.slice(), epoch, engine };
      void enqueue(() => {
        lost = undefined;
        send(copy);
      });
    },
    edit(changes, seq = editSeq + 1) {
      const copy = changes.slice();
      void enqueue(() => {
        editSeq = seq;
        if (!world) return;
        world.edges = undefined;
        world.ranges.forEach((_, i) => {
          connections[i]?.send({ kind: "edit", changes: copy });
        });
      });
    },
    step(generations) {
      if (!Number.isInteger(generations) || generations < 0) {
        return Promise.reject(new RangeError(`cannot step ${generations} generations`));
      }
      return enqueue(() => advance(generations));
    },
    resize(workers) {
      if (Number.isFinite(workers)) wantedSize = clampSize(workers);
      return enqueue(() => {
        if (clampSize(wantedSize) === connections.length) return;
        return reload(() => setSize(clampSize(wantedSize)));
      });
    },
    setEngine(engine) {
      return enqueue(() => {
        defaultEngine = engine;
        return reload(() => {});
      });
    },
    dispose() {
      disposed = true;
      for (const connection of connections) connection.terminate();
    },
  };
}

/** The mode asked for, or under `auto` the best the host and the workers allow. */
function chooseMode(asked: PoolMode | "auto", connections: WorkerConnection[]): PoolMode {
  const threads = connections.every((connection) => connection.worker.where === "worker");
  const canShare = threads && sharedMemoryAvailable();
  if (asked === "shared" && !canShare) {
    throw new Error(
      threads
        ? "shared memory needs SharedArrayBuffer and a cross-origin isolated page"
        : "workers on the calling thread cannot share memory",
    );
  }
  return asked === "auto" ? (canShare ? "shared" : "transfer") : asked;
}
