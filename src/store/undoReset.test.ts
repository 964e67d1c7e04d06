import { describe, expect, it } from "vitest";
import { PackedCells } from "../engine/index.ts";
import { parseRule } from "../rules/index.ts";
import { blinkerStore, gridOf, settle } from "./testing/storeFixtures.ts";

async function steps(store: ReturnType<typeof blinkerStore>["store"], count: number) {
  for (let i = 0; i < count; i++) {
    store.getState().step();
    await settle();
  }
}

/** A glider in the corner of a 12x12 torus, opened as a file would be. */
function openGlider(store: ReturnType<typeof blinkerStore>["store"]) {
  const cells = new PackedCells(12, 12);
  for (const [x, y] of [
    [1, 0],
    [2, 1],
    [0, 2],
    [1, 2],
    [2, 2],
  ] as const)
    cells.set(x, y, 1);
  const { rule } = parseRule("B3/S23");
  store.getState().loadWorld({ width: 12, height: 12, topology: "torus", rule, cells });
}

describe("undo of running and stepping", () => {
  it("takes back a series of steps in one, to where it began, and Redo goes forward", async () => {
    const { store } = blinkerStore();
    openGlider(store);
    const opened = (await gridOf(store)).toBytes();
    await steps(store, 10);
    expect(store.getState().generation).toBe(10);
    const stepped = (await gridOf(store)).toBytes();
    store.getState().undo();
    expect((await gridOf(store)).toBytes()).toEqual(opened);
    expect(store.getState().generation).toBe(0);
    expect(store.getState().width).toBe(12); // not back to before the file was opened
    store.getState().redo();
    expect((await gridOf(store)).toBytes()).toEqual(stepped);
    expect(store.getState().generation).toBe(10);
  });

  it("takes back each run from Play to Pause as one step", async () => {
    const { store, clock } = blinkerStore();
    openGlider(store);
    store.getState().setSpeed(60);
    for (const frames of [10, 20]) {
      store.getState().play();
      for (let i = 0; i < frames; i++) await clock.frame(1000 / 60);
      store.getState().pause();
      await settle();
    }
    expect(store.getState().generation).toBe(30);
    store.getState().undo();
    await settle();
    expect(store.getState().generation).toBe(10);
    store.getState().undo();
    await settle();
    expect(store.getState().generation).toBe(0);
    expect(store.getState().width).toBe(12);
  });
});

describe("reset", () => {
  it("returns to the cells as last edited, at that generation, and is an undo step", async () => {
    const { store } = blinkerStore();
    await steps(store, 3); // the blinker, vertical at generation 3
    store.getState().toggleCell({ x: 0, y: 0 });
    const edited = (await gridOf(store)).toBytes();
    await steps(store, 2);
    const at5 = (await gridOf(store)).toBytes();
    store.getState().reset();
    expect(store.getState().announcement).toBe("Reset to generation 3");
    expect((await gridOf(store)).toBytes()).toEqual(edited);
    expect(store.getState()).toMatchObject({ generation: 3, population: 4 });
    store.getState().undo();
    expect((await gridOf(store)).toBytes()).toEqual(at5);
    expect(store.getState().generation).toBe(5);
    store.getState().redo();
    expect((await gridOf(store)).toBytes()).toEqual(edited);
    expect(store.getState().generation).toBe(3);
  });

  it("returns to generation 0 when nothing was edited since", async () => {
    const { store } = blinkerStore();
    const start = (await gridOf(store)).toBytes();
    await steps(store, 3);
    store.getState().reset();
    expect((await gridOf(store)).toBytes()).toEqual(start);
    expect(store.getState().generation).toBe(0);
    // Stepping from the start again: the start stays where it was.
    await steps(store, 2);
    store.getState().reset();
    await settle();
    expect(store.getState().generation).toBe(0);
  });

  it("records nothing when already at the start", () => {
    const { store } = blinkerStore();
    store.getState().reset();
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().announcement).toBe("Already at the start, generation 0");
  });
});
