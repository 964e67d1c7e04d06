import { describe, expect, it } from "vitest";
import { gridStore, settle } from "./testing/storeFixtures.ts";

// The Inspector in the store: the cells a trace needs come from the universe worker, the trace
// is stepped by moving an index, and each step is said in the status region.

/** A 16x12 torus with a vertical blinker on its right edge, which cell (5, 0) sees across it. */
async function edgeStore() {
  const { store } = gridStore(16, 12);
  await settle();
  store.getState().paintLine({ x: 15, y: 4 }, { x: 15, y: 6 }, 1);
  await settle();
  return store;
}

describe("the Inspector", () => {
  it("traces a torus edge cell: 9 queries, three wrapped to the far edge, and its birth", async () => {
    const store = await edgeStore();
    store.getState().setTool("inspect");
    expect(store.getState().announcement).toMatch(/^Inspect tool/);
    await store.getState().inspectCell({ x: 0, y: 5 });
    await settle();
    const { inspection } = store.getState();
    const steps = inspection?.trace?.steps ?? [];
    expect(steps).toHaveLength(10);
    const wrapped = steps.filter((s) => s.kind === "query" && s.at && s.at.x !== s.x);
    expect(wrapped.map((s) => (s.kind === "query" ? [s.y, s.x, s.at?.x, s.answer] : []))).toEqual([
      [4, -1, 15, 1],
      [5, -1, 15, 1],
      [6, -1, 15, 1],
    ]);
    expect(steps.at(-1)).toMatchObject({ kind: "transition", state: 1 });
    expect(store.getState().announcement).toMatch(/Inspecting cell \(5, 0\) at generation 0/);
  });

  it("steps forwards and back, marks the cells and runs to the TICK", async () => {
    const store = await edgeStore();
    store.getState().setTool("inspect");
    await store.getState().inspectCell({ x: 0, y: 5 });
    await settle();
    for (let i = 0; i < 7; i++) store.getState().stepInstruction(1);
    // The eighth query, the west neighbour: asked at x −1, answered by x 15.
    expect(store.getState().marks).toEqual({
      active: { x: 0, y: 5 },
      asked: { x: -1, y: 5 },
      answered: { x: 15, y: 5 },
      differing: [],
    });
    expect(store.getState().announcement).toBe(
      "Step 8 of 11: Query (5, \u22121) \u2192 (5, 15), wrapped, answer 1, live so far 2",
    );
    store.getState().stepInstruction(-1);
    expect(store.getState().inspection?.index).toBe(6);
    expect(store.getState().marks?.asked).toEqual({ x: -1, y: 4 });
    store.getState().runToTick();
    expect(store.getState().inspection?.index).toBe(10);
    expect(store.getState().announcement).toMatch(/TICK/);
    store.getState().stepInstruction(1);
    expect(store.getState().inspection?.index).toBe(10);
  });

  it("steps on to the next cell in the interpreter's order, and closes with the tool", async () => {
    const store = await edgeStore();
    store.getState().setTool("inspect");
    await store.getState().inspectCell({ x: 15, y: 5 });
    await settle();
    await store.getState().stepCell();
    await settle();
    expect(store.getState().inspection).toMatchObject({ x: 0, y: 6, index: 0 });
    expect(store.getState().inspection?.trace?.steps.at(-1)).toMatchObject({ y: 6, x: 0 });
    store.getState().setTool("draw");
    expect(store.getState().inspection).toBeNull();
    expect(store.getState().marks).toBeNull();
  });

  it("traces again when the world moves on a generation", async () => {
    const store = await edgeStore();
    await store.getState().inspectCell({ x: 0, y: 5 });
    await settle();
    store.getState().step();
    await settle();
    await settle();
    const { inspection } = store.getState();
    expect(inspection?.generation).toBe(1n);
    // The blinker is horizontal now, (14, 5) to (0, 5) across the edge: the cell itself is alive
    // and of its neighbours only the west one, (15, 5).
    const steps = inspection?.trace?.steps ?? [];
    expect(steps[0]).toMatchObject({ kind: "query", answer: 1 });
    expect(steps.at(-2)).toMatchObject({ kind: "query", count: 1 });
  });

  it("lets the world play with the Inspector open, and traces the cell again once paused", async () => {
    const { store, clock } = gridStore(16, 12);
    await settle();
    store.getState().paintLine({ x: 15, y: 4 }, { x: 15, y: 6 }, 1);
    await store.getState().inspectCell({ x: 0, y: 5 });
    await settle();
    store.getState().play();
    for (let i = 0; i < 10; i++) await clock.frame(100);
    expect(store.getState().running).toBe(true);
    store.getState().pause();
    await settle();
    await settle();
    const { inspection, world } = store.getState();
    expect(world.generation).toBeGreaterThan(0n);
    expect(inspection?.generation).toBe(world.generation);
    expect(inspection?.trace).not.toBeNull();
  });

  it("keeps a grid shown whole in view when the panel narrows the grid's area", async () => {
    const store = await edgeStore();
    store.getState().setCanvasSize(800, 600);
    store.getState().fit("grid");
    await store.getState().inspectCell({ x: 0, y: 5 });
    await settle();
    store.getState().setCanvasSize(420, 600);
    const { view } = store.getState();
    expect(view.panX).toBeGreaterThanOrEqual(0);
    expect(view.panX + 16 * view.zoom).toBeLessThanOrEqual(420);
  });

  it("traces a range-60 cell without its frames, and refuses past range 250, saying why", async () => {
    const { store } = gridStore(16, 12);
    await settle();
    expect(store.getState().setRule("R60,C0,M1,S34..58,B34..45,NM")).toBeNull();
    await settle();
    await store.getState().inspectCell({ x: 3, y: 3 });
    const trace = store.getState().inspection?.trace;
    // Its own state, the other 14,640 cells of the 121x121 square, and the transition.
    expect(trace?.steps).toHaveLength(14_642);
    expect(trace?.framesAvailable).toBe(false);
    expect(trace?.steps.at(-1)).toMatchObject({ kind: "transition", y: 3, x: 3 });
    expect(store.getState().setRule("R251,C0,M1,S34..58,B34..45,NM")).toBeNull();
    await settle();
    await store.getState().inspectCell({ x: 3, y: 3 });
    expect(store.getState().inspection?.error).toMatch(
      /range 251 asks 253,009 cells: the Inspector traces neighbourhoods up to range 250/,
    );
  });
});
