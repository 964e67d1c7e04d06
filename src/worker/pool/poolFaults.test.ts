import { afterEach, describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { WorkerLostError } from "../WorkerLostError.ts";
import { createSimulationPool } from "./createSimulationPool.ts";
import { MAX_WORKERS, poolSize } from "./poolSize.ts";
import { createCase, createFaultyWorkers, expectSameRun } from "./poolTestSupport.ts";
import { requestTimeout } from "./requestTimeout.ts";
import type { SimulationPool, SimulationPoolOptions } from "./SimulationPool.ts";

const seed = pickSeed();
const random = createRandom(seed);
/** Short enough for a test, far longer than an in-process step of these small grids. */
const TIMEOUT_MS = 150;

const pools: SimulationPool[] = [];
afterEach(() => {
  for (const pool of pools.splice(0)) pool.dispose();
});

function pool(
  options: Partial<SimulationPoolOptions> & Pick<SimulationPoolOptions, "createWorker">,
) {
  const created = createSimulationPool({ timeout: () => TIMEOUT_MS, ...options });
  pools.push(created);
  return created;
}

describe("a pool whose workers fail", () => {
  it("runs in the page when starting a worker throws", async () => {
    const failing = pool({
      workers: 2,
      mode: "transfer",
      createWorker() {
        throw new DOMException("Failed to construct 'Worker'", "SecurityError");
      },
    });
    expect(failing.where).toBe("main thread");
    expect(failing.fallbackReason).toMatch(/Failed to construct 'Worker'/);
    const { world, reference } = createCase(30, 20, "torus", "B3/S23", random);
    failing.load(world, 1);
    await expectSameRun(failing, reference, [1, 5, 3], `seed ${seed} (TEST_SEED=${seed})`);
    expect((await failing.step(1)).where).toBe("main thread");
  });

  it("detects a worker killed mid-run, replaces it, and runs on from a new load", async () => {
    const faulty = createFaultyWorkers();
    const failing = pool({ workers: 2, mode: "transfer", createWorker: faulty.createWorker });
    const { world, reference } = createCase(31, 19, "torus", "B3/S23", random);
    failing.load(world, 1);
    const where = `seed ${seed} (TEST_SEED=${seed})`;
    await expectSameRun(failing, reference, [4], where);
    faulty.workers[1]?.kill();
    const lost = failing.step(3);
    await expect(lost).rejects.toBeInstanceOf(WorkerLostError);
    await expect(lost).rejects.toThrow(/stopped answering/);
    // Fresh workers, not the page: these had answered before.
    expect(failing.where).toBe("worker");
    expect(faulty.alive).toBe(2);
    expect(faulty.workers).toHaveLength(4);
    // Until a load, the world is gone, and every step says so.
    await expect(failing.step(1)).rejects.toBeInstanceOf(WorkerLostError);
    const { cells, width, height } = reference.grid;
    const { PackedCells } = await import("../../engine/index.ts");
    const words = PackedCells.fromBytes(cells, width, height).words;
    failing.load({ ...world, words, generation: reference.generation }, 2);
    await expectSameRun(failing, reference, [3, 7], `${where}, rebuilt`);
  });

  it("times out workers that never answer and runs in the page", async () => {
    const faulty = createFaultyWorkers(() => true);
    const failing = pool({ workers: 2, mode: "transfer", createWorker: faulty.createWorker });
    const { world, reference } = createCase(12, 9, "plane", "B3/S23", random);
    failing.load(world, 1);
    const started = performance.now();
    await expect(failing.step(1)).rejects.toThrow(WorkerLostError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    // Workers none of which ever answered could not start: no second try.
    expect(failing.where).toBe("main thread");
    expect(failing.fallbackReason).toMatch(/stopped answering/);
    expect(faulty.alive).toBe(0);
    failing.load(world, 2);
    await expectSameRun(failing, reference, [2, 6], `seed ${seed} (TEST_SEED=${seed})`);
  });

  it("replaces a worker that never answers beside one that does with fresh workers", async () => {
    // Worker 0 never answers, its replacements (2 and 3) do, and so do the next (4 and 5).
    const faulty = createFaultyWorkers((index) => index === 0 || index === 3);
    const failing = pool({ workers: 2, mode: "transfer", createWorker: faulty.createWorker });
    const { world, reference } = createCase(12, 9, "torus", "B3/S23", random);
    failing.load(world, 1);
    await expect(failing.step(1)).rejects.toThrow(WorkerLostError);
    expect(failing.where).toBe("worker");
    expect(faulty.alive).toBe(2);
    failing.load(world, 2);
    // Worker 3 of the fresh pair never answers either, worker 2 does: fresh ones again.
    await expect(failing.step(1)).rejects.toThrow(WorkerLostError);
    expect(failing.where).toBe("worker");
    failing.load(world, 3);
    await expectSameRun(failing, reference, [2, 5], `seed ${seed} (TEST_SEED=${seed})`);
    expect(faulty.workers).toHaveLength(6);
  });

  it("allows more time for more work, and a few seconds for the least", () => {
    expect(requestTimeout(4, 0, "fast")).toBeGreaterThanOrEqual(3000);
    expect(requestTimeout(4, 0, "fast")).toBeLessThan(4000);
    const big = 16384 * 16384;
    // One worker alone takes about 54 ms for a 16384x16384 generation on the wasm kernel, 36 ms
    // for a 256x256 one on the coroutine interpreter: leave a hundred times that at least.
    expect(requestTimeout(big, 1, "fast")).toBeGreaterThan(3000 + 100 * 54);
    expect(requestTimeout(256 * 256, 1, "coroutine")).toBeGreaterThan(3000 + 100 * 36);
    expect(requestTimeout(big, 10, "fast")).toBeGreaterThan(requestTimeout(big, 1, "fast"));
    // Workers that have not answered yet may still be loading their script.
    expect(requestTimeout(4, 0, "fast", true)).toBeGreaterThanOrEqual(10_000);
  });
});

describe("resizing a pool", () => {
  it("clamps the number of workers to at most 16", async () => {
    const faulty = createFaultyWorkers();
    const resized = pool({ workers: 1, mode: "transfer", createWorker: faulty.createWorker });
    const { world, reference } = createCase(40, 40, "torus", "B3/S23", random);
    resized.load(world, 1);
    await resized.resize(999);
    expect(MAX_WORKERS).toBe(16);
    expect(resized.size).toBe(16);
    expect(faulty.mostAlive).toBe(16);
    await expectSameRun(resized, reference, [3], `seed ${seed} (TEST_SEED=${seed})`);
    await resized.resize(Number.NaN);
    expect(resized.size).toBe(16);
    await resized.resize(0);
    expect(resized.size).toBe(1);
    expect(faulty.alive).toBe(1);
    const big = pool({ workers: 999, mode: "transfer", createWorker: faulty.createWorker });
    expect(big.size).toBe(16);
  });

  it("sizes the page's pool by the cores there are, at most 16", () => {
    expect(poolSize(undefined, 2)).toBe(2);
    expect(poolSize(999, 2)).toBe(2);
    expect(poolSize(999, 64)).toBe(16);
    expect(poolSize(undefined, 64)).toBe(16);
    expect(poolSize(0, 8)).toBe(1);
    expect(poolSize(3.7, 8)).toBe(3);
  });

  it("coalesces resizes made while one runs: the last wins, never more workers than asked", async () => {
    const faulty = createFaultyWorkers();
    const resized = pool({ workers: 1, mode: "transfer", createWorker: faulty.createWorker });
    const { world, reference } = createCase(40, 40, "torus", "B3/S23", random);
    resized.load(world, 1);
    const stepping = resized.step(2);
    const requests = [resized.resize(2), resized.resize(1), resized.resize(2), resized.resize(1)];
    await Promise.all([stepping, ...requests]);
    reference.step(2);
    expect(resized.size).toBe(1);
    // Only the last size asked was ever started: no worker came and went for the others.
    expect(faulty.workers).toHaveLength(1);
    expect(faulty.mostAlive).toBe(1);
    await expectSameRun(resized, reference, [2], `seed ${seed} (TEST_SEED=${seed})`);
  });

  it("still resizes as asked when a worker is lost before the resize runs", async () => {
    const faulty = createFaultyWorkers();
    const resized = pool({ workers: 2, mode: "transfer", createWorker: faulty.createWorker });
    const { world } = createCase(20, 20, "torus", "B3/S23", random);
    resized.load(world, 1);
    await resized.step(1);
    faulty.workers[0]?.kill();
    const lost = resized.step(1);
    const resizing = resized.resize(3);
    await expect(lost).rejects.toThrow(WorkerLostError);
    await resizing;
    expect(resized.size).toBe(3);
    expect(faulty.alive).toBe(3);
  });
});
