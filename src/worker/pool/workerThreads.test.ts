import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createNodeBandWorkers } from "../../../scripts/bench/createNodeBandWorkers.ts";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { type CoroutineEngine, PackedCells, type Topology } from "../../engine/index.ts";
import { WorkerLostError } from "../WorkerLostError.ts";
import { createSimulationPool } from "./createSimulationPool.ts";
import type { PoolWorker } from "./PoolWorker.ts";
import { createCase, edgeEdits, expectSameRun } from "./poolTestSupport.ts";
import type { PoolEngine, PoolMode } from "./protocol.ts";
import type { SimulationPool } from "./SimulationPool.ts";

// The pool on real threads (Node's worker_threads, the band host bundled by esbuild): shared
// memory with the Atomics barrier, and transfer mode, as the page runs them.
const seed = pickSeed();
const random = createRandom(seed);
const MODES: readonly PoolMode[] = ["shared", "transfer"];
const ENGINES: readonly PoolEngine[] = ["fast", "coroutine"];
const TOPOLOGIES: readonly Topology[] = ["torus", "plane"];
const CASES = [
  [37, 23, 1],
  [37, 23, 2],
  [37, 23, 3],
  [100, 3, 3],
  [5, 2, 3],
] as const;

let createWorker: () => PoolWorker;
const pools: SimulationPool[] = [];
beforeAll(async () => {
  createWorker = await createNodeBandWorkers();
});
afterEach(() => {
  for (const pool of pools.splice(0)) pool.dispose();
});

describe.each(MODES)("a pool of worker threads in %s mode", (mode) => {
  it.each(ENGINES)("runs the %s engine like the coroutine interpreter", async (engine) => {
    for (const topology of TOPOLOGIES) {
      for (const [width, height, workers] of CASES) {
        const pool = createSimulationPool({ workers, mode, engine, createWorker });
        pools.push(pool);
        expect(pool.mode).toBe(mode);
        expect(pool.where).toBe("worker");
        const rulestring = topology === "plane" ? "B0123478/S34678" : "B3/S23";
        const { world, reference } = createCase(width, height, topology, rulestring, random);
        pool.load(world, 1);
        const where = `seed ${seed} (TEST_SEED=${seed}), ${rulestring}, ${mode}, ${engine}, ${topology} ${width}x${height} on ${workers} workers`;
        const edits = new Map([[2, edgeEdits(width, height, random)]]);
        await expectSameRun(pool, reference, [1, 9, 0, 12], where, edits);
      }
    }
  });
});

it("resizes a shared pool and keeps going", async () => {
  const pool = createSimulationPool({ workers: 1, mode: "shared", engine: "fast", createWorker });
  pools.push(pool);
  const { world, reference } = createCase(70, 41, "torus", "B3/S23", random);
  pool.load(world, 1);
  await expectSameRun(pool, reference, [3], `seed ${seed}`);
  await pool.resize(2);
  await expectSameRun(pool, reference, [20], `seed ${seed}, resized to 2`);
});

it("hands shared results on uncopied, each left as it is until the step after next", async () => {
  const pool = createSimulationPool({ workers: 2, mode: "shared", engine: "fast", createWorker });
  pools.push(pool);
  const { world, reference } = createCase(64, 40, "torus", "B3/S23", random);
  pool.load(world, 1);
  const first = await pool.step(1);
  const kept = first.words.slice();
  const second = await pool.step(1);
  // The second result is in the other buffer: the first still reads generation 1 ...
  expect(second.words.buffer).not.toBe(first.words.buffer);
  expect(first.words, `seed ${seed}`).toEqual(kept);
  reference.step(1);
  expect(kept, `seed ${seed}`).toEqual(packedWordsOf(reference));
  // ... and the third reuses the first's buffer, as promised.
  const third = await pool.step(1);
  expect(third.words.buffer).toBe(first.words.buffer);
  reference.step(2);
  expect(third.words, `seed ${seed}`).toEqual(packedWordsOf(reference));
});

it("replaces every worker when one dies mid-run, and runs on from a new load", async () => {
  const kills: (() => void)[] = [];
  const pool = createSimulationPool({
    workers: 2,
    mode: "shared",
    engine: "coroutine",
    // Far more than these steps need on a busy machine, and time for fresh threads to start.
    timeout: (_cells, _generations, _engine, starting) => (starting ? 10_000 : 1500),
    createWorker() {
      const inner = createWorker();
      // As `terminate()` from outside, `self.close()` or running out of memory: no word.
      kills.push(() => inner.terminate());
      return inner;
    },
  });
  pools.push(pool);
  const { world, reference } = createCase(200, 200, "torus", "B3/S23", random);
  pool.load(world, 1);
  await expectSameRun(pool, reference, [1], `seed ${seed}`);
  const running = pool.step(100_000); // minutes of work, unless stopped
  await new Promise((resolve) => setTimeout(resolve, 100));
  kills[1]?.();
  await expect(running).rejects.toBeInstanceOf(WorkerLostError);
  // Two fresh threads (these had answered before), sharing memory again.
  expect(kills).toHaveLength(4);
  expect(pool.where).toBe("worker");
  expect(pool.mode).toBe("shared");
  const { cells, width, height } = reference.grid;
  const words = PackedCells.fromBytes(cells, width, height).words;
  pool.load({ ...world, words, generation: reference.generation }, 2);
  await expectSameRun(pool, reference, [5, 3], `seed ${seed}, rebuilt`);
});

/** The reference engine's cells, packed as a pool result's words are. */
function packedWordsOf(reference: CoroutineEngine): Uint32Array {
  const { cells, width, height } = reference.grid;
  return PackedCells.fromBytes(cells, width, height).words;
}
