import { describe, expect, it } from "vitest";
import type { PackedCells } from "../engine/index.ts";
import { parseRule } from "../rules/index.ts";
import { blinkerStore, gridOf, settle, until } from "./testing/storeFixtures.ts";

const row = (cells: PackedCells, y: number) =>
  Array.from(cells.toBytes().slice(y * 5, y * 5 + 5)).join("");

describe("createLifeStore", () => {
  it("steps one generation at a time", async () => {
    const { store } = blinkerStore();
    store.getState().step();
    await settle();
    const s = store.getState();
    expect(s.generation).toBe(1);
    const cells = await gridOf(store);
    expect([row(cells, 1), row(cells, 2), row(cells, 3)]).toEqual(["00100", "00100", "00100"]);
    expect(s.population).toBe(3);
  });

  it("queues steps asked for while one is computing", async () => {
    const { store } = blinkerStore();
    store.getState().step();
    store.getState().step();
    store.getState().step();
    await settle();
    await settle();
    expect(store.getState().generation).toBe(3);
  });

  it("at full speed asks again as soon as a step returns, and stops on pause", async () => {
    const { store, clock } = blinkerStore();
    store.getState().setSpeed(Number.POSITIVE_INFINITY);
    store.getState().setGenerationsPerFrame(2);
    store.getState().play();
    await clock.frame();
    // More than the one request of 2 generations the frame made itself (a universe on the
    // page's thread is asked again in a task of its own).
    await until("a second request", () => store.getState().generation > 2);
    expect(store.getState().generation % 2).toBe(0);
    store.getState().pause();
    await settle();
    const paused = store.getState().generation;
    expect(clock.waiting).toBe(0);
    await clock.frame();
    await settle();
    expect(store.getState().generation).toBe(paused);
    expect(store.getState().announcement).toBe("Paused");
  });

  it("paces generations by the speed in generations per second", async () => {
    const { store, clock } = blinkerStore();
    store.getState().setSpeed(10);
    store.getState().play();
    for (let i = 0; i < 60; i++) await clock.frame(1000 / 60);
    // Counted from play: 60 frames of 1/60 s at 10 per second.
    expect(store.getState().generation).toBe(10);
  });

  it("keeps an edit made while a step is computing", async () => {
    const { store } = blinkerStore();
    store.getState().step();
    store.getState().toggleCell({ x: 0, y: 0 }); // before the step's reply arrives
    expect(store.getState().stateOf({ x: 0, y: 0 })).toBe(1);
    await settle();
    const s = store.getState();
    expect(s.generation).toBe(1);
    expect((await gridOf(store)).getIndex(0)).toBe(1);
    store.getState().step();
    await settle();
    // A lone cell dies: the worker had the edit too.
    expect((await gridOf(store)).getIndex(0)).toBe(0);
  });

  it("paints a gap-free line; past a torus's edge, on the cells it wraps round to", async () => {
    const { store } = blinkerStore();
    store.getState().clear();
    await settle();
    store.getState().paintLine({ x: 0, y: 0 }, { x: 4, y: 4 }, 1);
    expect(store.getState().population).toBe(5);
    let cells = await gridOf(store);
    expect([0, 6, 12, 18, 24].map((i) => cells.getIndex(i))).toEqual([1, 1, 1, 1, 1]);
    // (-3, 1) to (1, 1) on a 5-wide torus: columns 2, 3, 4, 0 and 1 of row 1.
    store.getState().paintLine({ x: -3, y: 1 }, { x: 1, y: 1 }, 1);
    cells = await gridOf(store);
    expect(row(cells, 1)).toBe("11111");
    store.getState().paintLine({ x: 0, y: 0 }, { x: 4, y: 4 }, 0);
    expect(store.getState().population).toBe(4);
    store.getState().setTopology("plane");
    await settle();
    // Off a plane's edge there is no cell to paint.
    store.getState().paintLine({ x: -3, y: 3 }, { x: 1, y: 3 }, 1);
    expect(row(await gridOf(store), 3)).toBe("11000");
  });

  it("resets to generation 0, including edits made at generation 0", async () => {
    const { store } = blinkerStore();
    store.getState().toggleCell({ x: 0, y: 0 });
    for (let i = 0; i < 3; i++) store.getState().step();
    await settle();
    await settle();
    expect(store.getState().generation).toBe(3);
    store.getState().reset();
    const cells = await gridOf(store);
    expect(store.getState().generation).toBe(0);
    expect(cells.getIndex(0)).toBe(1);
    expect(row(cells, 2)).toBe("01110");
  });

  it("refuses a bad rule and keeps the running one", () => {
    const { store } = blinkerStore();
    expect(store.getState().setRule("B3/S2x")).toMatch(/"x"/);
    expect(store.getState().ruleText).toBe("B3/S23");
    expect(store.getState().setRule("b36s23")).toBeNull();
    expect(store.getState().ruleText).toBe("B36/S23");
    expect(store.getState().rule).toEqual(parseRule("B36/S23").rule);
  });

  it("applies a rule's bounded-grid suffix to size and topology", async () => {
    const { store } = blinkerStore();
    expect(store.getState().setRule("B3/S23:P20,10")).toBeNull();
    expect(store.getState()).toMatchObject({ width: 20, height: 10, topology: "plane" });
    const cells = await gridOf(store);
    expect(cells.width).toBe(20);
    expect(cells.population()).toBe(3);
    // The old grid centred in the new: the blinker's row 2 is row 4, its columns 1-3 are 8-10.
    expect(cells.liveBounds()).toEqual({ x: 8, y: 4, width: 3, height: 1 });
  });

  it("runs the new rule after a rule change", async () => {
    const { store } = blinkerStore();
    store.getState().setRule("B2/S"); // Seeds: every live cell dies
    store.getState().step();
    await settle();
    expect((await gridOf(store)).toBytes().slice(11, 14)).toEqual(new Uint8Array([0, 0, 0]));
  });

  it("refuses absurd sizes and keeps the pattern", async () => {
    const { store } = blinkerStore();
    await settle();
    expect(store.getState().setSize(0, 5)).toMatch(/positive/);
    expect(store.getState().setSize(20000, 20000)).toMatch(/over the limit|limited/);
    expect(store.getState()).toMatchObject({ width: 5, height: 5, population: 3 });
  });

  it("recentres the pattern when the grid grows", async () => {
    const { store } = blinkerStore();
    store.getState().setSize(7, 7);
    const cells = await gridOf(store);
    expect(store.getState().population).toBe(3);
    expect(Array.from(cells.toBytes().slice(3 * 7, 4 * 7)).join("")).toBe("0011100");
  });

  it("fills at random reproducibly from a seed", async () => {
    const { store } = blinkerStore();
    store.getState().setSize(100, 100);
    store.getState().randomFill(0.3, 42);
    const first = (await gridOf(store)).toBytes();
    store.getState().randomFill(0.3, 42);
    expect((await gridOf(store)).toBytes()).toEqual(first);
    expect(store.getState().population / 10000).toBeCloseTo(0.3, 1);
    expect(store.getState().generation).toBe(0);
  });

  it("drops a reply computed before the world was replaced", async () => {
    const { store } = blinkerStore();
    store.getState().step();
    store.getState().clear();
    await settle();
    expect(store.getState()).toMatchObject({ generation: 0, population: 0 });
  });

  it("zooms about an anchor and fits the pattern", async () => {
    const { store } = blinkerStore();
    await settle();
    store.getState().setCanvasSize(500, 500);
    store.getState().setView({ zoom: 10, panX: 0, panY: 0 });
    store.getState().zoomBy(2, 100, 100);
    expect(store.getState().view).toEqual({ zoom: 20, panX: -100, panY: -100 });
    store.getState().fit();
    const { view } = store.getState();
    // The 3x1 blinker, centred: its middle cell (2, 2) sits at the canvas centre.
    expect(2.5 * view.zoom + view.panX).toBeCloseTo(250, 0);
    expect(2.5 * view.zoom + view.panY).toBeCloseTo(250, 0);
  });
});

describe("fit", () => {
  it("shows the whole grid, or just the live cells", async () => {
    const { store } = blinkerStore();
    await settle();
    store.getState().setCanvasSize(200, 200);
    store.getState().fit("grid");
    // 5 cells in 200 - 2 * 4 px (a small canvas keeps a small margin): 38 px each, centred.
    expect(store.getState().view).toEqual({ zoom: 38, panX: 5, panY: 5 });
    store.getState().fit();
    // The blinker, cells (1..3, 2): 64 px each, its centre at the canvas centre.
    expect(store.getState().view).toEqual({ zoom: 64, panX: -60, panY: -60 });
  });

  it("keeps the grid clear of the panels docked over its lower right", async () => {
    const { store } = blinkerStore();
    await settle();
    store.getState().setCanvasSize(300, 200);
    // The graph's panel: 120 x 100 px of the corner (inset included).
    store.getState().setGridCover({ width: 120, height: 100 });
    store.getState().fit("grid");
    const { zoom, panX, panY } = store.getState().view;
    // The 5x5 grid fits larger in the 180 x 200 strip left of the panel, (180 - 2 * 3) / 5 =
    // 34 px a cell, than in the 300 x 100 strip above it, (100 - 2 * 2) / 5 = 19.
    expect(zoom).toBe(34);
    expect(panX + 5 * zoom).toBeLessThanOrEqual(180);
    expect(Math.min(panX, panY)).toBeGreaterThanOrEqual(0);
    // Without the panel, the whole canvas: (200 - 2 * 4) / 5 = 38.
    store.getState().setGridCover({ width: 0, height: 0 });
    store.getState().fit("grid");
    expect(store.getState().view.zoom).toBe(38);
  });
});
