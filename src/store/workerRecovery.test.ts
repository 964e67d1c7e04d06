import { afterEach, describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { PackedCells } from "../engine/index.ts";
import type { PoolWorker } from "../worker/pool/PoolWorker.ts";
import { createCase, createFaultyWorkers } from "../worker/pool/poolTestSupport.ts";
import { createInProcessUniverseWorker } from "../worker/universe/createInProcessUniverseWorker.ts";
import { createPooledSpaces } from "../worker/universe/createPooledSpaces.ts";
import { createUniverseClient } from "../worker/universe/createUniverseClient.ts";
import { createLifeStore, type LifeStore } from "./createLifeStore.ts";
import { createFakeScheduler, gridOf, until } from "./testing/storeFixtures.ts";

// The store with its world in a universe worker (on the calling thread) whose bounded grids step
// on a band pool of in-process workers that a test can kill or stop from starting: what the page
// hears, and that the world goes on cell for cell as the interpreter has it.
const seed = pickSeed();
const random = createRandom(seed);
const where = `seed ${seed} (TEST_SEED=${seed})`;

const stores: LifeStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.getState().dispose();
});

/** A store playing a seeded 24x18 soup at full speed on `workers` band workers. */
function playingStore(workers: number, createWorker: () => PoolWorker) {
  const spaces = createPooledSpaces({
    workers,
    mode: "transfer",
    createWorker,
    timeout: () => 150,
  });
  const notices: string[] = [];
  const universe = createUniverseClient({
    createWorker: () => createInProcessUniverseWorker(spaces.create),
    onNotice: (message) => notices.push(message),
  });
  const clock = createFakeScheduler();
  const { world, reference } = createCase(24, 18, "torus", "B3/S23", random);
  const store = createLifeStore({
    universe,
    scheduler: clock.scheduler,
    width: 24,
    height: 18,
    cells: new PackedCells(24, 18, world.words).toBytes(),
  });
  stores.push(store);
  store.getState().setSpeed(Number.POSITIVE_INFINITY);
  store.getState().play();
  return { store, notices, reference };
}

/** The store's grid, paused, against the interpreter stepped to the same generation. */
async function expectCellsOfReference(
  store: LifeStore,
  reference: ReturnType<typeof createCase>["reference"],
) {
  store.getState().pause();
  await until("the pause", () => !store.getState().running);
  const cells = await gridOf(store);
  const s = store.getState();
  reference.step(s.generation - reference.generation);
  expect(Array.from(cells.toBytes()), `${where}, generation ${s.generation}`).toEqual(
    Array.from(reference.grid.cells),
  );
}

describe("the simulation when a band worker dies while playing", () => {
  it("says so, goes on from the last grid on fresh workers, and keeps playing", async () => {
    const faulty = createFaultyWorkers();
    const { store, notices, reference } = playingStore(2, faulty.createWorker);
    await until("generation 5", () => store.getState().generation >= 5);
    faulty.workers[1]?.kill();
    await until("the notice", () => notices.length > 0);
    expect(notices[0]).toMatch(/^A band worker was lost \(.*\); the grid went on/);
    const from = store.getState().generation;
    await until("ten more generations", () => store.getState().generation >= from + 10);
    expect(store.getState().running).toBe(true);
    expect(store.getState().workers).toBe(2);
    await expectCellsOfReference(store, reference);
  });

  it("says the simulation runs in the page when band workers cannot start at all", async () => {
    const { store, reference } = playingStore(2, () => {
      throw new Error("Failed to construct 'Worker': access denied");
    });
    await until("generation 3", () => store.getState().generation >= 3);
    expect(store.getState().alert).toBe(
      "Workers could not start (Failed to construct 'Worker': access denied); the simulation runs in the page",
    );
    expect(store.getState().engine).toMatch(/in the page/);
    await expectCellsOfReference(store, reference);
  });
});

describe("the Workers setting", () => {
  it("is clamped to the cores there are, at most 16", async () => {
    const faulty = createFaultyWorkers();
    const { store } = playingStore(1, faulty.createWorker);
    store.getState().setWorkers(999);
    // Node 20 has no navigator.hardwareConcurrency: one core.
    expect(store.getState().workers).toBe(1);
  });
});
