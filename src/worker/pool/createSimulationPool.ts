import { assertGridSize } from "../../engine/index.ts";
import { packedRowWords, splitRows } from "../../kernels/index.ts";
import type { World } from "../protocol.ts";
import { Barrier } from "./Barrier.ts";
import { connectWorker, type WorkerConnection } from "./connectWorker.ts";
import { createSharedBuffers } from "./createSharedBuffers.ts";
import type { BandsOutcome, LoadedWorld } from "./LoadedWorld.ts";
import { poolSize } from "./poolSize.ts";
import type { PoolEngine, PoolMode } from "./protocol.ts";
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
 */
export function createSimulationPool(options: SimulationPoolOptions): SimulationPool {
  let defaultEngine = options.engine ?? "fast";
  const kernel = options.kernel ?? "auto";
  let connections = start(options.workers ?? poolSize());
  const mode = chooseMode(options.mode ?? "auto", connections);
  let world: LoadedWorld | undefined;
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

  function start(count: number): WorkerConnection[] {
    return Array.from({ length: Math.max(1, Math.floor(count)) }, () =>
      connectWorker(options.createWorker(), abortRun),
    );
  }

  /** A worker died: the others must not wait for it at the barrier forever. */
  function abortRun(): void {
    if (world?.shared) new Barrier(world.shared.control, world.ranges.length).abort();
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
    const now = world && (await advance(0));
    change();
    if (!world || !now) return;
    const { width, height, topology, rule, epoch } = world;
    const { words, generation } = now;
    send({ width, height, topology, rule, engine: defaultEngine, epoch, words, generation });
  }

  async function advance(generations: number): Promise<PoolStepResult> {
    const loaded = world;
    if (!loaded) throw new Error("nothing loaded to step");
    const started = performance.now();
    const id = nextId++;
    const step = mode === "shared" ? stepShared : stepTransfer;
    const outcome: BandsOutcome = await step(loaded, connections, id, generations);
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
    };
  }

  return {
    mode,
    get where() {
      return connections[0]?.worker.where ?? "worker";
    },
    get size() {
      return connections.length;
    },
    load(next, epoch = 0, engine = defaultEngine) {
      assertGridSize(next.height, next.width);
      const words = packedRowWords(next.width) * next.height;
      if (next.words.length !== words) {
        throw new RangeError(
          `a ${next.width}x${next.height} grid needs ${words} words, got ${next.words.length}`,
        );
      }
      // Copied now: the caller may change its cells before the load runs.
      const copy = { ...next, words: next.words.slice(), epoch, engine };
      void enqueue(() => send(copy));
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
      return enqueue(() =>
        reload(() => {
          for (const connection of connections) connection.terminate();
          connections = start(workers);
        }),
      );
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
