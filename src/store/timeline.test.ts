import { describe, expect, it } from "vitest";
import { fillRandom } from "../engine/fillRandom.ts";
import { PackedCells } from "../engine/index.ts";
import { parseRule } from "../rules/index.ts";
import { blinkerStore, gridOf, settle } from "./testing/storeFixtures.ts";

type Store = ReturnType<typeof blinkerStore>["store"];

/** A seeded 32x24 torus soup, opened as a file would be. */
function openSoup(store: Store) {
  const cells = new PackedCells(32, 24);
  fillRandom(cells, 0.35, 20261130);
  const { rule } = parseRule("B3/S23");
  store.getState().loadWorld({ width: 32, height: 24, topology: "torus", rule, cells });
}

/** Steps `count` times, keeping the grid after each: index g holds generation g's cells. */
async function stepsKept(store: Store, count: number): Promise<Uint8Array[]> {
  const kept = [(await gridOf(store)).toBytes()];
  for (let i = 0; i < count; i++) {
    store.getState().step();
    await settle();
    kept.push((await gridOf(store)).toBytes());
  }
  return kept;
}

describe("going back along the run timeline", () => {
  it("Back goes to the previous generation's exact cells, and is not an undo step", async () => {
    const { store } = blinkerStore();
    openSoup(store);
    const seen = await stepsKept(store, 10);
    expect(store.getState().world).toMatchObject({ timelineFirst: 0n, timelineNewest: 10n });
    const canUndo = store.getState().canUndo;
    store.getState().back();
    await settle();
    expect(store.getState().generation).toBe(9);
    expect((await gridOf(store)).toBytes()).toEqual(seen[9]);
    expect(store.getState().announcement).toMatch(/^Generation 9, population/);
    expect(store.getState().navigating).toBe(false);
    expect(store.getState().canUndo).toBe(canUndo);
    // Undo still takes back the whole series of steps, to where it began.
    store.getState().undo();
    await settle();
    expect(store.getState().generation).toBe(0);
    expect((await gridOf(store)).toBytes()).toEqual(seen[0]);
  });

  it("goes back a whole step (2^k) and stops at the first generation kept", async () => {
    const { store } = blinkerStore();
    openSoup(store);
    store.getState().setStepExponent(2);
    const seen: Uint8Array[] = [];
    for (let i = 0; i < 3; i++) {
      seen.push((await gridOf(store)).toBytes());
      store.getState().step();
      await settle();
    }
    expect(store.getState().generation).toBe(12);
    store.getState().back();
    await settle();
    expect(store.getState().generation).toBe(8);
    expect((await gridOf(store)).toBytes()).toEqual(seen[2]);
    for (let i = 0; i < 4; i++) store.getState().back();
    await settle();
    expect(store.getState().generation).toBe(0);
    expect((await gridOf(store)).toBytes()).toEqual(seen[0]);
    store.getState().back();
    expect(store.getState().announcement).toBe("At the first generation kept, 0");
  });

  it("the slider's moves go one at a time, the latest winning", async () => {
    const { store, universe } = blinkerStore();
    openSoup(store);
    const seen = await stepsKept(store, 12);
    const asked: bigint[] = [];
    const goTo = universe.goTo.bind(universe);
    universe.goTo = (generation, onProgress) => {
      asked.push(generation);
      return goTo(generation, onProgress);
    };
    for (const g of [11n, 7n, 3n, 5n, 2n]) store.getState().scrubTo(g);
    await settle();
    // The first went at once; of the four asked while it ran, only the last.
    expect(asked).toEqual([11n, 2n]);
    expect(store.getState().generation).toBe(2);
    expect((await gridOf(store)).toBytes()).toEqual(seen[2]);
    store.getState().scrubTo(12n);
    await settle();
    expect((await gridOf(store)).toBytes()).toEqual(seen[12]);
  });

  it("Go to generation behind the present uses the timeline, not Reset and a rerun", async () => {
    const { store } = blinkerStore();
    openSoup(store);
    const seen = await stepsKept(store, 8);
    const undoable = store.getState().canUndo;
    expect(store.getState().goToGeneration(3n)).toBeNull();
    await settle();
    expect(store.getState().generation).toBe(3);
    expect((await gridOf(store)).toBytes()).toEqual(seen[3]);
    // Reset is an undo step and would have made one: going back along the timeline is not.
    expect(store.getState().canUndo).toBe(undoable);
    expect(store.getState().world.timelineNewest).toBe(8n);
  });

  it("an edit at a past generation drops the future, as one undo step", async () => {
    const { store } = blinkerStore();
    openSoup(store);
    await stepsKept(store, 6);
    store.getState().back();
    store.getState().back();
    await settle();
    expect(store.getState().generation).toBe(4);
    const before = (await gridOf(store)).toBytes();
    store.getState().toggleCell({ x: 0, y: 0 });
    await settle();
    expect(store.getState().world.timelineNewest).toBe(4n);
    store.getState().undo();
    await settle();
    expect((await gridOf(store)).toBytes()).toEqual(before);
    expect(store.getState().generation).toBe(4);
  });
});
