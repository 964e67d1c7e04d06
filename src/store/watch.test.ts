import { describe, expect, it } from "vitest";
import { gridStore, settle } from "./testing/storeFixtures.ts";

// Watch a generation: the interpreter walks the visible cells at the speed chosen, the world
// then ticks one generation on its engine, and the check compares the two cell by cell.

async function watchedStore() {
  const { store, clock } = gridStore(16, 12);
  await settle();
  // A glider crossing the torus's corner, and the whole grid in view.
  for (const [x, y] of [
    [15, 0],
    [0, 1],
    [14, 2],
    [15, 2],
    [0, 2],
  ] as const) {
    store.getState().paintLine({ x, y }, { x, y }, 1);
  }
  store.getState().setView({ zoom: 10, panX: 0, panY: 0 });
  await settle();
  return { store, clock };
}

describe("Watch a generation", () => {
  it("walks the visible cells at the speed chosen, marking the cell and its query", async () => {
    const { store, clock } = await watchedStore();
    await store.getState().watchGeneration();
    expect(store.getState().watch).toMatchObject({
      region: { x: 0, y: 0, width: 16, height: 12 },
      phase: "running",
      speed: 50,
    });
    await clock.frame(16);
    await clock.frame(1000);
    // 50 instructions a second: 10 for each 3x3 cell, so five cells done after a second.
    expect(store.getState().watch?.done).toBe(5);
    expect(store.getState().marks?.active).toEqual({ x: 5, y: 0 });
    store.getState().setWatchSpeed(250);
    await clock.frame(1000);
    expect(store.getState().watch?.done).toBe(30);
    const { marks } = store.getState();
    expect(marks?.asked).not.toBeNull();
  });

  it("ticks the world on and finds the kernel's generation identical", async () => {
    const { store } = await watchedStore();
    await store.getState().watchGeneration();
    store.getState().finishWatch();
    await settle();
    expect(store.getState().watch?.phase).toBe("ticked");
    expect(store.getState().world.generation).toBe(1n);
    await store.getState().checkAgainstKernel();
    await settle();
    expect(store.getState().watch?.check).toMatchObject({ compared: 192, differing: [] });
    expect(store.getState().announcement).toMatch(/^Identical: the interpreter's 192 cells/);
  });

  it("shows a cell that differs, as the check would show a kernel's mistake", async () => {
    const { store } = await watchedStore();
    await store.getState().watchGeneration();
    store.getState().finishWatch();
    await settle();
    // The world's generation changed behind the interpreter's back.
    store.getState().paintLine({ x: 7, y: 7 }, { x: 7, y: 7 }, 1);
    await settle();
    await store.getState().checkAgainstKernel();
    await settle();
    expect(store.getState().watch?.check?.differing).toEqual([{ x: 7, y: 7 }]);
    expect(store.getState().marks?.differing).toEqual([{ x: 7, y: 7 }]);
  });

  it("watches the infinite plane's visible cells, and its engine's generation agrees", async () => {
    const { store } = gridStore(16, 12);
    await settle();
    const glider = new Float64Array([1, -5, 2, -4, 0, -3, 1, -3, 2, -3]);
    store.getState().openInfinite(glider, store.getState().rule);
    await settle();
    store.getState().setCanvasSize(200, 160);
    store.getState().setView({ zoom: 10, panX: 100, panY: 100 });
    await store.getState().watchGeneration();
    expect(store.getState().watch?.region).toEqual({ x: -10, y: -10, width: 20, height: 16 });
    await store.getState().checkAgainstKernel();
    for (let i = 0; i < 5 && store.getState().watch?.phase !== "checked"; i++) await settle();
    expect(store.getState().world.generation).toBe(1n);
    expect(store.getState().watch?.check).toMatchObject({ compared: 320, differing: [] });
  });

  it("checks straight away, finishing the walk and the TICK first", async () => {
    const { store } = await watchedStore();
    await store.getState().watchGeneration();
    await store.getState().checkAgainstKernel();
    for (let i = 0; i < 5 && store.getState().watch?.phase !== "checked"; i++) await settle();
    expect(store.getState().watch?.check?.differing).toEqual([]);
    store.getState().stopWatch();
    expect(store.getState().watch).toBeNull();
    expect(store.getState().marks).toBeNull();
  });
});
