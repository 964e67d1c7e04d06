import { describe, expect, it } from "vitest";
import type { PackedCells } from "../engine/index.ts";
import { parseRle } from "../formats/index.ts";
import type { LifeStore } from "./createLifeStore.ts";
import { blinkerStore, gridOf, settle } from "./testing/storeFixtures.ts";

/** The grid's rows as the universe worker has them once it has answered everything asked. */
const gridRows = async (store: LifeStore) => {
  const cells = await gridOf(store);
  return rows(cells, cells.width);
};

const rows = (packed: PackedCells, width: number) => {
  const cells = packed.toBytes();
  return Array.from({ length: cells.length / width }, (_, y) =>
    Array.from(cells.slice(y * width, (y + 1) * width), (c) => (c ? "#" : ".")).join(""),
  );
};

describe("undo and redo", () => {
  it("take back and bring back every kind of edit", async () => {
    const { store } = blinkerStore();
    const initial = await gridRows(store);
    const s = () => store.getState();
    s().checkpoint();
    s().paintLine({ x: 0, y: 0 }, { x: 4, y: 0 }, 1); // one stroke
    s().clear();
    s().randomFill(0.5, 7);
    expect(s().setRule("B36/S23")).toBeNull();
    expect(s().setSize(7, 6)).toBeNull();
    s().setTopology("plane");
    expect(s()).toMatchObject({ canUndo: true, canRedo: false });

    s().undo();
    expect(s().topology).toBe("torus");
    s().undo();
    expect([s().width, s().height]).toEqual([5, 5]);
    s().undo();
    expect(s().ruleText).toBe("B3/S23");
    s().undo();
    await settle();
    expect(s().population).toBe(0); // back to the cleared grid
    s().undo();
    expect((await gridRows(store))[0]).toBe("#####"); // the stroke, whole
    s().undo();
    expect(await gridRows(store)).toEqual(initial);
    expect(s().canUndo).toBe(false);

    s().redo();
    expect((await gridRows(store))[0]).toBe("#####");
    s().redo();
    s().redo();
    s().redo();
    s().redo();
    s().redo();
    expect(s()).toMatchObject({
      width: 7,
      height: 6,
      topology: "plane",
      ruleText: "B36/S23",
      canRedo: false,
    });
    expect((await gridOf(store)).width).toBe(7);
    // The worker runs the restored world.
    s().step();
    await settle();
    expect(s().generation).toBe(1);
  });

  it("goes back in time when an edit was made while running", async () => {
    const { store } = blinkerStore();
    store.getState().step();
    await settle();
    store.getState().toggleCell({ x: 0, y: 0 });
    store.getState().step();
    await settle();
    // Undo takes back the step after the edit, then the edit, then the first step.
    store.getState().undo();
    await settle();
    expect(store.getState()).toMatchObject({ generation: 1, population: 4 });
    store.getState().undo();
    await settle();
    expect(store.getState()).toMatchObject({ generation: 1, population: 3 });
    store.getState().undo();
    await settle();
    expect(store.getState()).toMatchObject({ generation: 0, population: 3 });
  });

  it("forgets Redo after a new edit", () => {
    const { store } = blinkerStore();
    store.getState().clear();
    store.getState().undo();
    store.getState().toggleCell({ x: 1, y: 1 });
    expect(store.getState().canRedo).toBe(false);
  });
});

describe("selection", () => {
  it("copies, cuts and deletes the selected cells", async () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    s().setSelection({ x: 1, y: 2, width: 2, height: 1 });
    expect(Array.from((await s().copySelection())?.cells ?? [])).toEqual([1, 1]);
    const cut = await s().cutSelection();
    expect(Array.from(cut?.cells ?? [])).toEqual([1, 1]);
    expect((await gridRows(store))[2]).toBe("...#.");
    s().undo();
    await settle();
    s().setSelection({ x: 0, y: 0, width: 10, height: 10 }); // clipped to the grid
    expect(s().selection).toEqual({ x: 0, y: 0, width: 5, height: 5 });
    s().deleteSelection();
    expect(s().population).toBe(0);
    expect(await gridRows(store)).toEqual([".....", ".....", ".....", ".....", "....."]);
  });

  it("rotates and flips about the selection's centre", async () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    s().setSelection({ x: 1, y: 2, width: 3, height: 1 });
    await s().transformSelection("rotate-clockwise");
    expect(await gridRows(store)).toEqual([".....", "..#..", "..#..", "..#..", "....."]);
    expect(s().selection).toEqual({ x: 2, y: 1, width: 1, height: 3 });
    s().paintLine({ x: 2, y: 1 }, { x: 2, y: 1 }, 0);
    await s().transformSelection("flip-vertical");
    expect(await gridRows(store)).toEqual([".....", "..#..", "..#..", ".....", "....."]);
  });
});

describe("placing a block", () => {
  it("follows the pointer by its centre and is put down with or", async () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    const glider = parseRle("x = 3, y = 3\nbo$2bo$3o!");
    s().startPaste(glider, "glider");
    expect(s().paste).not.toBeNull();
    s().movePaste({ x: 2, y: 2 });
    expect(s().paste).toMatchObject({ x: 1, y: 1 });
    s().commitPaste();
    expect(await gridRows(store)).toEqual([".....", "..#..", ".###.", ".###.", "....."]);
    expect(s().paste).toBeNull();
    s().undo();
    await settle();
    expect(s().population).toBe(3);
  });

  it("can be cancelled", () => {
    const { store } = blinkerStore();
    store.getState().startPaste({ width: 1, height: 1, cells: new Uint8Array([1]) }, "cell");
    store.getState().cancelPaste();
    expect(store.getState()).toMatchObject({ paste: null, population: 3 });
  });
});

describe("openPattern", () => {
  it("applies a B0 file's rule on a grid grown to hold the pattern, centred (B0 has no infinite plane)", async () => {
    const { store } = blinkerStore();
    const wide = parseRle("x = 40, y = 2, rule = B036/S23\no38bo$40o!");
    expect(store.getState().openPattern(wide, "wide")).toBeNull();
    const cells = await gridOf(store);
    const s = store.getState();
    expect(s).toMatchObject({
      ruleText: "B036/S23",
      width: 120,
      height: 80,
      population: 42,
      generation: 0,
    });
    expect(s.world.space).toEqual({ kind: "torus", width: 120, height: 80 });
    expect(cells.getIndex(39 * 120 + 40)).toBe(1);
    expect(s.announcement).toBe("Opened wide");
  });

  it("takes size and topology from a bounded-grid suffix", () => {
    const { store } = blinkerStore();
    expect(
      store.getState().openPattern(parseRle("x = 1, y = 1, rule = B3/S23:P9,7\no!")),
    ).toBeNull();
    expect(store.getState()).toMatchObject({ width: 9, height: 7, topology: "plane" });
  });

  it("refuses a bad rule and keeps the world", async () => {
    const { store } = blinkerStore();
    await settle();
    const message = store.getState().openPattern(parseRle("x = 1, y = 1, rule = B3/S2q\no!"));
    expect(message).toMatch(/B3\/S2q/);
    expect(store.getState()).toMatchObject({ width: 5, population: 3, canUndo: false });
  });
});
