import { afterEach, describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { mapRule, randomMapTable, TLIFE } from "../../../tests/support/sampleRules.ts";
import { CoroutineEngine, Grid, PackedCells, type Topology } from "../../engine/index.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import { createInProcessWorker } from "./createInProcessWorker.ts";
import { createSimulationPool } from "./createSimulationPool.ts";
import { createCase, edgeEdits, expectSameRun } from "./poolTestSupport.ts";
import type { PoolEngine } from "./protocol.ts";
import type { SimulationPool } from "./SimulationPool.ts";

const seed = pickSeed();
const random = createRandom(seed);
const ENGINES: readonly PoolEngine[] = ["fast", "coroutine"];
const TOPOLOGIES: readonly Topology[] = ["torus", "plane"];
/** width x height x workers: odd sizes, one row per worker, more workers than rows. */
const CASES = [
  [37, 23, 1],
  [37, 23, 2],
  [37, 23, 3],
  [100, 3, 3],
  [5, 2, 3],
  [33, 1, 2],
] as const;
/** 27 generations in calls of several sizes, 0 (read only) among them. */
const SCHEDULE = [1, 0, 7, 2, 17];

const pools: SimulationPool[] = [];
afterEach(() => {
  for (const pool of pools.splice(0)) pool.dispose();
});

function inProcessPool(workers: number, engine: PoolEngine): SimulationPool {
  const pool = createSimulationPool({ workers, engine, createWorker: createInProcessWorker });
  pools.push(pool);
  return pool;
}

describe("a pool of in-process workers (transfer mode)", () => {
  for (const engine of ENGINES) {
    for (const rulestring of ["B3/S23", "B0123478/S34678"]) {
      it(`runs ${rulestring} on the ${engine} engine like the coroutine interpreter`, async () => {
        for (const topology of TOPOLOGIES) {
          for (const [width, height, workers] of CASES) {
            const pool = inProcessPool(workers, engine);
            expect(pool.mode).toBe("transfer");
            const { world, reference } = createCase(width, height, topology, rulestring, random);
            pool.load(world, 1);
            const where = `seed ${seed} (TEST_SEED=${seed}), ${rulestring}, ${engine}, ${topology} ${width}x${height} on ${workers} workers`;
            const edits = new Map([[3, edgeEdits(width, height, random)]]);
            await expectSameRun(pool, reference, SCHEDULE, where, edits);
          }
        }
      });
    }
  }

  it("runs rules that are not Life-like on the fast engine (wasm-table) like the interpreter", async () => {
    for (const [name, rule] of [
      ["tlife", TLIFE],
      ["random MAP", mapRule(randomMapTable(random))],
    ] as const) {
      for (const topology of TOPOLOGIES) {
        for (const [width, height, workers] of CASES) {
          const pool = inProcessPool(workers, "fast");
          const cells = Uint8Array.from({ length: width * height }, () => (random() < 0.4 ? 1 : 0));
          const words = PackedCells.fromBytes(cells, width, height).words;
          pool.load({ width, height, topology, rule, words, generation: 0 }, 1);
          const reference = new CoroutineEngine(
            new Grid(height, width, topology, cells),
            cellProgramOf(rule),
          );
          const where = `seed ${seed} (TEST_SEED=${seed}), ${name}, ${topology} ${width}x${height} on ${workers} workers`;
          const edits = new Map([[3, edgeEdits(width, height, random)]]);
          await expectSameRun(pool, reference, SCHEDULE, where, edits);
          expect((await pool.step(1)).kernel, where).toBe("wasm-table");
        }
      }
    }
  });

  it("reports the epoch, the last edit applied, the engine and the bands", async () => {
    const pool = inProcessPool(3, "fast");
    const { world } = createCase(20, 10, "torus", "B3/S23", random);
    pool.load(world, 7);
    pool.edit(Int32Array.from([0, 1]), 41);
    const result = await pool.step(2);
    expect(result).toMatchObject({
      epoch: 7,
      editSeq: 41,
      generation: 2,
      engine: "fast",
      bands: 3,
    });
    expect(["wasm-table", "bits"]).toContain(result.kernel);
    pool.load({ ...world, generation: 100 }, 8, "coroutine");
    expect(await pool.step(1)).toMatchObject({ epoch: 8, generation: 101, kernel: "coroutine" });
  });

  it("keeps the world through a resize", async () => {
    for (const engine of ENGINES) {
      const pool = inProcessPool(2, engine);
      const { world, reference } = createCase(31, 17, "torus", "B3/S23", random);
      pool.load(world, 1);
      const where = `seed ${seed}, ${engine}`;
      await expectSameRun(pool, reference, [5], where);
      await pool.resize(3);
      expect(pool.size).toBe(3);
      await expectSameRun(pool, reference, [6, 1], `${where}, after resizing to 3`);
      await pool.resize(1);
      await expectSameRun(pool, reference, [4], `${where}, after resizing to 1`);
    }
  });

  it("switches engines and keeps the world", async () => {
    const pool = inProcessPool(2, "fast");
    const { world, reference } = createCase(40, 19, "plane", "B3/S23", random);
    pool.load(world, 1);
    await expectSameRun(pool, reference, [3], `seed ${seed}, fast`);
    await pool.setEngine("coroutine");
    expect((await pool.step(0)).kernel).toBe("coroutine");
    await expectSameRun(pool, reference, [4], `seed ${seed}, coroutine`);
    await pool.setEngine("fast");
    await expectSameRun(pool, reference, [5], `seed ${seed}, fast again`);
    pool.load(world, 2);
    expect((await pool.step(0)).engine).toBe("fast");
  });

  it("refuses bad requests", async () => {
    const pool = inProcessPool(2, "fast");
    await expect(pool.step(1)).rejects.toThrow(/nothing loaded/);
    const { world } = createCase(8, 8, "plane", "B3/S23", random);
    expect(() => pool.load({ ...world, width: 40 }, 1)).toThrow(/needs 16 words, got 8/);
    expect(() => pool.load({ ...world, width: 0 }, 1)).toThrow(RangeError);
    await expect(pool.step(-1)).rejects.toThrow(RangeError);
    pool.load(world, 1);
    await pool.step(1);
    pool.dispose();
    await expect(pool.step(1)).rejects.toThrow(/disposed/);
    expect(() =>
      createSimulationPool({ workers: 2, mode: "shared", createWorker: createInProcessWorker }),
    ).toThrow(/cannot share memory/);
  });
});
