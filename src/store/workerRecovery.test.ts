import { afterEach, describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { PackedCells } from "../engine/index.ts";
import { createSimulationPool } from "../worker/pool/createSimulationPool.ts";
import { createCase, createFaultyWorkers } from "../worker/pool/poolTestSupport.ts";
import type { SimulationPool } from "../worker/pool/SimulationPool.ts";
import { createLifeStore, type LifeStore } from "./createLifeStore.ts";
import { createFakeScheduler } from "./testing/storeFixtures.ts";

const seed = pickSeed();
const random = createRandom(seed);
const where = `seed ${seed} (TEST_SEED=${seed})`;

const stores: LifeStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.getState().dispose();
});

/** A store on a real pool of in-process workers that a test can kill, and a soup's reference. */
function playingStore(workers: number, silent?: (index: number) => boolean) {
  const faulty = createFaultyWorkers(silent);
  const pool: SimulationPool = createSimulationPool({
    workers,
    mode: "transfer",
    createWorker: faulty.createWorker,
    timeout: () => 150,
  });
  const clock = createFakeScheduler();
  const { world, reference } = createCase(24, 18, "torus", "B3/S23", random);
  const store = createLifeStore({
    simulator: pool,
    scheduler: clock.scheduler,
    width: 24,
    height: 18,
    cells: new PackedCells(24, 18, world.words).toBytes(),
  });
  stores.push(store);
  store.getState().setSpeed(Number.POSITIVE_INFINITY);
  store.getState().play();
  return { store, clock, faulty, pool, reference };
}

/** Runs frames until `done`, for at most `millis` of real time. */
async function framesUntil(clock: { frame(): Promise<void> }, done: () => boolean, millis = 3000) {
  const until = performance.now() + millis;
  while (!done() && performance.now() < until) {
    await clock.frame();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function expectCellsOfReference(
  store: LifeStore,
  reference: ReturnType<typeof playingStore>["reference"],
) {
  const s = store.getState();
  reference.step(s.generation - reference.generation);
  expect(Array.from(s.cells.toBytes()), `${where}, generation ${s.generation}`).toEqual(
    Array.from(reference.grid.cells),
  );
}

describe("the simulation when a worker dies while playing", () => {
  it("notices, says so, restarts from the generation on screen and keeps playing", async () => {
    const { store, clock, faulty, reference } = playingStore(2);
    await framesUntil(clock, () => store.getState().generation >= 5);
    faulty.workers[1]?.kill();
    await framesUntil(clock, () => store.getState().alert !== null);
    const s = store.getState();
    const told =
      /^A worker stopped \(.*stopped answering.*\); restarted the simulation from generation (\d+)$/.exec(
        s.alert ?? "",
      );
    expect(told, s.alert ?? "").not.toBeNull();
    expect(s.running).toBe(true);
    const from = s.generation;
    expect(Number(told?.[1])).toBeGreaterThanOrEqual(5);
    expect(Number(told?.[1])).toBeLessThanOrEqual(from);
    await framesUntil(clock, () => store.getState().generation >= from + 10);
    expect(store.getState().generation).toBeGreaterThanOrEqual(from + 10);
    expect(store.getState().engine).toMatch(/2 workers/);
    expectCellsOfReference(store, reference);
  });

  it("runs in the page when the fresh workers fail too, and says so", async () => {
    // The replacements never answer: workers that cannot start, so into the page.
    const { store, clock, faulty, pool, reference } = playingStore(2, (index) => index >= 2);
    await framesUntil(clock, () => store.getState().generation >= 3);
    faulty.workers[0]?.kill();
    await framesUntil(clock, () => /in the page/.test(store.getState().alert ?? ""));
    expect(store.getState().alert).toMatch(/the simulation runs in the page from generation \d+/);
    expect(pool.where).toBe("main thread");
    const from = store.getState().generation;
    await framesUntil(clock, () => store.getState().generation >= from + 10);
    expect(store.getState().engine).toMatch(/in the page/);
    expect(store.getState().workers).toBe(1);
    expectCellsOfReference(store, reference);
  });

  it("says the simulation runs in the page when workers cannot start at all", async () => {
    const clock = createFakeScheduler();
    const pool = createSimulationPool({
      workers: 2,
      createWorker() {
        throw new Error("Failed to construct 'Worker': access denied");
      },
    });
    const { world, reference } = createCase(10, 10, "plane", "B3/S23", random);
    const store = createLifeStore({
      simulator: pool,
      scheduler: clock.scheduler,
      width: 10,
      height: 10,
      topology: "plane",
      cells: new PackedCells(10, 10, world.words).toBytes(),
    });
    stores.push(store);
    store.getState().play();
    await framesUntil(clock, () => store.getState().generation >= 3);
    expect(store.getState().alert).toBe(
      "Workers could not start (Failed to construct 'Worker': access denied); the simulation runs in the page",
    );
    expect(store.getState().engine).toMatch(/in the page/);
    expectCellsOfReference(store, reference);
  });
});

describe("the Workers setting", () => {
  it("is clamped to the cores there are, at most 16", async () => {
    const { store } = playingStore(1);
    store.getState().setWorkers(999);
    // Node 20 has no navigator.hardwareConcurrency: one core.
    expect(store.getState().workers).toBe(1);
  });
});
