import { describe, expect, it } from "vitest";
import { gridStore, settle } from "./testing/storeFixtures.ts";

// Identify copies the world's cells and runs the copy (in the codec worker; here, with no
// workers, on this thread): the world keeps its cells and generation.

async function blinkerStore() {
  const { store } = gridStore(16, 12);
  await settle();
  store.getState().paintLine({ x: 4, y: 5 }, { x: 6, y: 5 }, 1);
  await settle();
  return store;
}

describe("Identify", () => {
  it("names a blinker, maps its cells, and leaves the world as it was", async () => {
    const store = await blinkerStore();
    const before = store.getState().world.generation;
    await store.getState().identify();
    await settle();
    const s = store.getState();
    expect(s.identified).toMatchObject({ phase: "done", sentence: "Oscillator, period 2" });
    expect(s.announcement).toBe("Identify: Oscillator, period 2");
    expect(s.identified?.phase === "done" && s.identified.result.name).toBe("Blinker");
    expect(s.periodMap?.period).toBe(2);
    expect(s.periodMap?.rotor).toBe(4);
    expect(s.periodMap?.stator).toBe(1);
    expect(s.world.generation).toBe(before);
    expect(s.world.population).toBe(3n);
    s.toggleIdentifyMap();
    expect(store.getState().periodMap).toBeNull();
    store.getState().toggleIdentifyMap();
    expect(store.getState().periodMap).not.toBeNull();
    store.getState().closeIdentify();
    expect(store.getState().identified).toBeNull();
    expect(store.getState().periodMap).toBeNull();
  });

  it("drops the map of cell periods when the cells change other than by running", async () => {
    const store = await blinkerStore();
    await store.getState().identify();
    await settle();
    expect(store.getState().periodMap).not.toBeNull();
    // Running keeps it: an oscillator's cells stay where they are.
    store.getState().step();
    await settle();
    expect(store.getState().periodMap).not.toBeNull();
    store.getState().paintLine({ x: 10, y: 8 }, { x: 10, y: 8 }, 1);
    expect(store.getState().periodMap).toBeNull();
    store.getState().toggleIdentifyMap();
    expect(store.getState().periodMap).not.toBeNull();
    expect(store.getState().setRule("B36/S23")).toBeNull();
    expect(store.getState().periodMap).toBeNull();
    store.getState().toggleIdentifyMap();
    store.getState().undo();
    await settle();
    expect(store.getState().periodMap).toBeNull();
  });

  it("runs on the grid's own torus and says so for a spaceship", async () => {
    const { store } = gridStore(16, 12);
    await settle();
    for (const [x, y] of [
      [15, 0],
      [0, 1],
      [14, 2],
      [15, 2],
      [0, 2],
    ] as const) {
      store.getState().paintLine({ x, y }, { x, y }, 1);
    }
    await settle();
    await store.getState().identify();
    await settle();
    const shown = store.getState().identified;
    expect(shown?.phase === "done" && shown.sentence).toBe(
      "Spaceship, period 4, c/4 diagonal (on a torus)",
    );
    expect(store.getState().periodMap).toBeNull();
  });

  it("stops at the limit asked for", async () => {
    const { store } = gridStore(64, 64);
    await settle();
    // An R-pentomino.
    for (const [x, y] of [
      [31, 30],
      [32, 30],
      [30, 31],
      [31, 31],
      [31, 32],
    ] as const) {
      store.getState().paintLine({ x, y }, { x, y }, 1);
    }
    await settle();
    await store.getState().identify(50);
    await settle();
    const shown = store.getState().identified;
    expect(shown?.phase === "done" && shown.sentence).toBe("Not periodic within 50 generations");
  });
});
