import { describe, expect, it } from "vitest";
import { MAX_GRID_SIDE } from "../engine/index.ts";
import { parseRle } from "../formats/index.ts";
import { blinkerStore, gridOf, settle } from "./testing/storeFixtures.ts";

/** A w x h block with a live cell in each corner. */
const corners = (width: number, height: number) => {
  const cells = new Uint8Array(width * height);
  for (const index of [0, width - 1, (height - 1) * width, width * height - 1]) cells[index] = 1;
  return { width, height, cells, comments: [] };
};

describe("placing a block bigger than the grid", () => {
  it("grows a torus to hold it instead of folding it onto itself; one undo takes it all back", async () => {
    const { store } = blinkerStore(); // 5x5 torus, blinker of 3
    const s = () => store.getState();
    expect(s().startPaste(corners(9, 7), "corners")).toBeNull();
    expect(s().width).toBe(5); // nothing changes while it floats
    s().movePaste({ x: 2, y: 2 });
    s().commitPaste();
    expect(s().population).toBe(3 + 4);
    expect(s().width).toBeGreaterThanOrEqual(9);
    expect(s().height).toBeGreaterThanOrEqual(7);
    expect(s().announcement).toContain(`${s().width}x${s().height}`);
    s().undo();
    await settle();
    expect(s()).toMatchObject({ width: 5, height: 5, population: 3 });
  });

  it("grows a plane when the block hangs over an edge, keeping it beside the old cells", async () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    s().setTopology("plane");
    s().startPaste(corners(3, 3), "corners");
    s().movePaste({ x: 4, y: 2 }); // columns 3..5: one past the right edge
    s().commitPaste();
    expect(s().population).toBe(3 + 4);
    expect(s().width).toBeGreaterThan(5);
    // The old cells moved to the middle of the bigger grid; the block moved with them.
    const dx = Math.floor((s().width - 5) / 2);
    const dy = Math.floor((s().height - 5) / 2);
    const cells = await gridOf(store);
    const at = (x: number, y: number) => cells.get(x + dx, y + dy);
    expect([at(1, 2), at(2, 2), at(3, 2)]).toEqual([1, 1, 1]);
    expect([at(3, 1), at(5, 1), at(3, 3), at(5, 3)]).toEqual([1, 1, 1, 1]);
  });

  it("leaves a torus alone when the block fits, wrapping across the seam", async () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    s().startPaste(corners(3, 3), "corners");
    s().movePaste({ x: 0, y: 0 });
    s().commitPaste();
    expect(s()).toMatchObject({ width: 5, height: 5 });
    expect((await gridOf(store)).get(4, 4)).toBe(1);
  });

  it("refuses a block wider than the largest grid, with a message, and changes nothing", async () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    const message = s().startPaste(
      { width: MAX_GRID_SIDE + 1, height: 1, cells: new Uint8Array(MAX_GRID_SIDE + 1) },
      "huge",
    );
    expect(message).toMatch(/16384/);
    expect(s()).toMatchObject({ paste: null, width: 5, population: 3 });
  });
});

describe("placing past the largest grid", () => {
  it("is refused in the alert when growing would pass it; the block keeps floating", async () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    expect(s().setSize(MAX_GRID_SIDE, 5)).toBeNull();
    s().setTopology("plane");
    s().startPaste(corners(3, 3), "corners");
    s().movePaste({ x: MAX_GRID_SIDE - 1, y: 2 });
    s().commitPaste();
    expect(s().alert).toMatch(/16384/);
    expect(s().paste).not.toBeNull();
    expect(s()).toMatchObject({ width: MAX_GRID_SIDE, population: 3 });
  });
});

describe("placing a pattern made for another rule", () => {
  const highlifeGlider = parseRle("x = 3, y = 3, rule = B36/S23\nbo$2bo$3o!");

  it("switches the rule only when put down, names it, and undoes rule and cells together", async () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    expect(s().startPaste(highlifeGlider, "glider", highlifeGlider.rule)).toBeNull();
    expect(s().ruleText).toBe("B3/S23");
    s().cancelPaste();
    expect(s().ruleText).toBe("B3/S23");
    s().startPaste(highlifeGlider, "glider", highlifeGlider.rule);
    s().commitPaste();
    expect(s().ruleText).toBe("B36/S23");
    expect(s().announcement).toContain("rule switched to B36/S23");
    s().undo();
    await settle();
    expect(s()).toMatchObject({ ruleText: "B3/S23", population: 3, canUndo: false });
  });

  it("keeps the world's rule for a Life pattern", async () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    s().setRule("B36/S23");
    s().startPaste(parseRle("x = 2, y = 2\n2o$2o!"), "block", "B3/S23");
    s().commitPaste();
    expect(s().ruleText).toBe("B36/S23");
  });

  it("does not resize the world for a bounded-grid suffix while floating or when put down", async () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    s().startPaste(highlifeGlider, "glider", "B36/S23:T72,48");
    expect(s()).toMatchObject({ width: 5, height: 5, ruleText: "B3/S23" });
    s().commitPaste();
    expect(s()).toMatchObject({ width: 5, height: 5, ruleText: "B36/S23" });
  });

  it("refuses a bad rule with a message and changes nothing", async () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    expect(s().startPaste(highlifeGlider, "glider", "B3/S2q")).toMatch(/q/);
    expect(s()).toMatchObject({ paste: null, ruleText: "B3/S23" });
  });
});

describe("opening a file", () => {
  it("makes a grid for a B0 file: a small file after a big one does not keep the big grid", async () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    s().openPattern({ ...corners(300, 240), rule: "B036/S23" });
    expect(s().width).toBeGreaterThanOrEqual(300);
    s().openPattern(parseRle("x = 3, y = 3, rule = B036/S23\nbo$2bo$3o!"));
    expect(s()).toMatchObject({ width: 120, height: 80, population: 5 });
  });

  it("keeps the file's name and comments, and undo brings back the ones before", async () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    const text =
      "#N Glider\n#O Richard K. Guy\n#C The smallest spaceship.\nx = 3, y = 3\nbo$2bo$3o!";
    s().openPattern(parseRle(text), "glider.rle");
    expect(s().patternName).toBe("Glider");
    expect(s().comments.map((c) => `${c.kind} ${c.text}`)).toEqual([
      "N Glider",
      "O Richard K. Guy",
      "C The smallest spaceship.",
    ]);
    s().openPattern(parseRle("x = 1, y = 1\no!"), "dot.rle");
    expect(s().patternName).toBe("dot");
    s().undo();
    expect(s().patternName).toBe("Glider");
    s().clear(); // a new pattern, no longer the file's
    expect(s()).toMatchObject({ patternName: null, comments: [] });
  });
});
