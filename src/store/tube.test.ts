import { describe, expect, it } from "vitest";
import { parseRle } from "../formats/index.ts";
import type { UniverseStatus } from "../worker/universe/protocol.ts";
import type { LifeStore } from "./createLifeStore.ts";
import { blinkerStore } from "./testing/storeFixtures.ts";
import { describeEngine } from "./world/createWorldLink.ts";

// The store on a tube or strip (Golly's `:T0,5`), with the universe worker's host on the
// calling thread.
const GLIDER_IN_TUBE = "x = 3, y = 3, rule = B3/S23:T0,5\nbo$2bo$3o!";

async function until(what: string, ready: () => boolean, millis = 5000) {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > millis) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

function open(text: string): { store: LifeStore; busy: () => boolean } {
  const { store, universe } = blinkerStore(true);
  expect(store.getState().openPattern(parseRle(text), "tube.rle")).toBeNull();
  return { store, busy: () => universe.busy };
}

/** Steps `times` times, 2^exponent generations each, waiting for each. */
async function run(store: LifeStore, busy: () => boolean, exponent: number, times: number) {
  store.getState().setStepExponent(exponent);
  for (let i = 0; i < times; i++) {
    store.getState().step();
    await until("the step", () => !store.getState().running && !busy());
  }
}

describe("the store on a tube or strip", () => {
  it("opens a file whose rule says :T0,5 on that tube, centred across as Golly puts it", async () => {
    const { store } = open(GLIDER_IN_TUBE);
    const s = store.getState();
    expect(s.world.space).toEqual({ kind: "tube", topology: "torus", axis: "x", size: 5 });
    // Across: rows 1 to 3 of 5 (Golly's middle row is row 2); along: centred on the origin.
    expect(s.world.bounds).toEqual({ x: -1, y: 1, width: 3, height: 3 });
    expect(s.ruleText).toBe("B3/S23");
    expect(s.announcement).toBe("Opened tube.rle on a tube 5 high");
    // The bounded kernels run it, on a grid that grows along the tube.
    await until("the engine's label", () => store.getState().engine !== "starting…");
    expect(store.getState().engine).toMatch(/^wasm-table kernel/);
    const status = { engine: "fast", kernel: "wasm" } as UniverseStatus;
    expect(describeEngine(status, s.world.space, "worker")).toBe(
      "wasm kernel · tube 5 high · in a worker",
    );
  });

  it("runs a glider along the tube, wrapping across, and writes and reads it back as Golly does", async () => {
    const { store, busy } = open(GLIDER_IN_TUBE);
    await run(store, busy, 4, 25);
    const world = store.getState().world;
    expect(world.generation).toBe(400n);
    expect(world.population).toBe(5n);
    // 100 cells along; across it went round the 5-high tube 20 times and is back where it was.
    expect(world.bounds).toEqual({ x: 99, y: 1, width: 3, height: 3 });
    const rle = await store.getState().infiniteRle();
    // Across, Golly counts from the middle row: row 1 is -1.
    expect(rle).toContain("#CXRLE Pos=99,-1 Gen=400\n");
    expect(rle).toContain("x = 3, y = 3, rule = B3/S23:T0,5\nbo$2bo$3o!\n");
    expect(store.getState().openPattern(parseRle(rle), "again.rle")).toBeNull();
    expect(store.getState().world).toMatchObject({
      space: { kind: "tube", topology: "torus", axis: "x", size: 5 },
      generation: 400n,
      bounds: { x: 99, y: 1, width: 3, height: 3 },
    });
  });

  it("clears to an empty tube, and a rule's suffix moves the world onto a strip and off it", () => {
    const { store } = open(GLIDER_IN_TUBE);
    store.getState().clear();
    expect(store.getState().world).toMatchObject({ space: { kind: "tube" }, population: 0n });
    expect(store.getState().openPattern(parseRle(GLIDER_IN_TUBE))).toBeNull();
    expect(store.getState().setRule("B36/S23:P9,0")).toBeNull();
    expect(store.getState().world.space).toEqual({
      kind: "tube",
      topology: "plane",
      axis: "y",
      size: 9,
    });
    expect(store.getState().announcement).toBe("Rule B36/S23 on a strip 9 wide");
    expect(store.getState().world.population).toBe(5n);
    // Centred across the strip's 9 columns.
    expect(store.getState().world.bounds).toMatchObject({ x: 3, width: 3 });
    // A B0 rule is refused there, naming the strip.
    expect(store.getState().setRule("B03/S23")).toMatch(/B0 rule cannot run on a tube or strip/);
    expect(store.getState().setRule("B3/S23:T40,30")).toBeNull();
    expect(store.getState().world.space).toMatchObject({ kind: "torus", width: 40, height: 30 });
    expect(store.getState().world.population).toBe(5n);
  });

  it("shows the tube's side as the grid size, and a resize changes it", () => {
    const { store } = open(GLIDER_IN_TUBE);
    expect(store.getState().height).toBe(5);
    expect(store.getState().setSize(120, 9)).toBeNull();
    expect(store.getState().world.space).toEqual({
      kind: "tube",
      topology: "torus",
      axis: "x",
      size: 9,
    });
    // Centred across the 9 rows again, where it was along.
    expect(store.getState().world.bounds).toEqual({ x: -1, y: 3, width: 3, height: 3 });
    expect(store.getState().announcement).toBe("Resized on a tube 9 high");
  });

  it("moves a grid's cells onto a tube or strip as high as the grid (the Topology setting)", async () => {
    const { store } = blinkerStore(true);
    const { width, height } = store.getState();
    expect(store.getState().world.space).toMatchObject({ kind: "torus" });
    store.getState().setTopology("strip");
    expect(store.getState().world.space).toEqual({
      kind: "tube",
      topology: "plane",
      axis: "x",
      size: height,
    });
    await until("the move", () => store.getState().world.bounds != null);
    expect(store.getState().world.population).toBe(3n);
    // Along, the grid's middle column is on the origin.
    const before = store.getState().world.bounds;
    expect(before?.x).toBeLessThan(0);
    expect(store.getState().width).toBe(width);
    store.getState().setTopology("tube");
    expect(store.getState().world.space).toMatchObject({ kind: "tube", topology: "torus" });
    await until("the move", () => store.getState().world.bounds != null);
    expect(store.getState().world.bounds).toEqual(before);
    store.getState().undo();
    expect(store.getState().world.space).toMatchObject({ kind: "tube", topology: "plane" });
  });

  it("goes to the infinite plane with its cells where they are", () => {
    const { store } = open(GLIDER_IN_TUBE);
    store.getState().setTopology("infinite");
    expect(store.getState().world.space).toEqual({ kind: "infinite" });
    expect(store.getState().world.bounds).toEqual({ x: -1, y: 1, width: 3, height: 3 });
  });

  it("refuses a B0 rule's tube file, as the rule's suffix does", () => {
    const { store } = blinkerStore(true);
    const problem = store.getState().openPattern(parseRle("x = 1, y = 1, rule = B03/S23:T0,5\no!"));
    expect(problem).toMatch(/cannot run on a tube or strip/);
  });
});

describe("a random fill on a tube", () => {
  it("fills a band of the tube and the world stays on it", async () => {
    const { store, busy } = open(GLIDER_IN_TUBE);
    await until("the tube", () => !busy());
    expect(store.getState().randomFill(0.5, 7)).toBeNull();
    await until("the fill", () => !busy() && store.getState().world.population > 5n);
    const { world, announcement } = store.getState();
    expect(world.space).toEqual({ kind: "tube", topology: "torus", axis: "x", size: 5 });
    expect(announcement).toBe("Random fill at 50% density on a tube 5 high");
    // A band as wide as the grid setting, all 5 rows across, centred along the tube.
    const width = store.getState().width;
    expect(world.bounds?.height).toBe(5);
    expect(world.bounds?.width).toBeLessThanOrEqual(width);
    expect(world.bounds?.x).toBeGreaterThanOrEqual(-Math.floor(width / 2));
    // One undo step back to the glider.
    store.getState().undo();
    await until("the undo", () => !busy() && store.getState().world.population === 5n);
  });
});
