import { describe, expect, it } from "vitest";
import { PackedCells } from "../engine/index.ts";
import { parseRule } from "../rules/index.ts";
import { encodeShareState } from "../share/index.ts";
import { blinkerStore, gridOf, gridStore, settle } from "../store/testing/storeFixtures.ts";
import { isGridSpace } from "../universe/isGridSpace.ts";
import { AUTOSAVE_KEY, UNREADABLE_AUTOSAVE_KEY } from "./autosave.ts";
import { loadInitialState } from "./loadInitialState.ts";
import {
  createFaultyStorage,
  quotaExceeded,
  securityError,
} from "./testing/createFaultyStorage.ts";
import { createMemoryStorage } from "./testing/createMemoryStorage.ts";
import { worldFromRle, worldToRle } from "./worldRle.ts";

const saved = (rle: string) =>
  createMemoryStorage({
    [AUTOSAVE_KEY]: JSON.stringify({
      rle,
      view: { zoom: 4, panX: 1, panY: 2 },
      speed: 5,
      generationsPerFrame: 2,
    }),
  });

describe("worldToRle and worldFromRle", () => {
  it("round-trip the grid, its rule, size and topology", () => {
    const cells = new PackedCells(7, 5);
    cells.set(1, 1, 1);
    cells.set(6, 4, 1);
    const world = {
      width: 7,
      height: 5,
      topology: "plane" as const,
      rule: parseRule("B36/S23").rule,
      cells,
    };
    const text = worldToRle(world);
    expect(text).toContain("rule = B36/S23:P7,5");
    expect(worldFromRle(text)).toEqual({ ...world, patternName: null, comments: [] });
  });
});

describe("loadInitialState", () => {
  it("prefers a share link to parameters and the autosave, and does not play", async () => {
    const { store } = blinkerStore();
    const cells = new PackedCells(4, 3);
    cells.set(1, 1, 1);
    const payload = await encodeShareState({
      width: 4,
      height: 3,
      topology: "plane",
      rule: "B2/S",
      cells,
    });
    await loadInitialState(
      store,
      { hash: `#${payload}`, search: "?size=9x9" },
      saved("x = 1, y = 1\no!"),
    );
    expect(store.getState()).toMatchObject({
      width: 4,
      height: 3,
      topology: "plane",
      ruleText: "B2/S",
      population: 1,
      running: false,
    });
  });

  it("falls back to the autosave after a corrupt link, and says why", async () => {
    const { store } = blinkerStore();
    await loadInitialState(
      store,
      { hash: "#v1.!!!", search: "" },
      saved("x = 3, y = 2, rule = B3/S23:T3,2\n3o!"),
    );
    const s = store.getState();
    expect(s.alert).toMatch(/This link could not be opened/);
    expect(s).toMatchObject({
      width: 3,
      height: 2,
      population: 3,
      speed: 5,
      generationsPerFrame: 2,
    });
  });

  it("applies query parameters over the autosave", async () => {
    const { store } = blinkerStore();
    await loadInitialState(
      store,
      { hash: "", search: "?pattern=glider&rule=B36/S23&autoplay=1" },
      saved("x = 1, y = 1\no!"),
    );
    expect(store.getState()).toMatchObject({ population: 5, ruleText: "B36/S23", running: true });
    store.getState().pause();
  });

  it("plays the default when there is nothing else", async () => {
    const { store } = blinkerStore();
    await loadInitialState(store, { hash: "", search: "" }, createMemoryStorage());
    expect(store.getState()).toMatchObject({ population: 3, running: true, alert: null });
    store.getState().pause();
    await settle();
  });

  it("sets an unreadable autosave aside, says so, and plays the default", async () => {
    const { store } = blinkerStore();
    const storage = createMemoryStorage({ [AUTOSAVE_KEY]: "{not json" });
    const { canAutosave } = await loadInitialState(store, { hash: "", search: "" }, storage);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(storage.getItem(UNREADABLE_AUTOSAVE_KEY)).toBe("{not json");
    expect(canAutosave).toBe(true);
    const s = store.getState();
    expect(s.alert).toMatch(
      /could not be read back .*set aside .*coroutine-life:autosave:unreadable/,
    );
    expect(s).toMatchObject({ population: 3, running: true });
    s.pause();
  });

  it("keeps an unreadable autosave in place when it cannot be set aside, and does not save", async () => {
    const { store } = blinkerStore();
    const storage = createFaultyStorage("setItem", quotaExceeded(), {
      [AUTOSAVE_KEY]: JSON.stringify({ rle: "x = 2, y = 1, rule = W110\n2o!" }),
    });
    const { canAutosave } = await loadInitialState(store, { hash: "", search: "" }, storage);
    expect(storage.getItem(AUTOSAVE_KEY)).toContain("W110");
    expect(canAutosave).toBe(false);
    expect(store.getState().alert).toMatch(/could not be read back .*will not be saved over it/);
    store.getState().pause();
  });
});

describe("loadInitialState with storage that fails", () => {
  for (const [place, error, message] of [
    ["access", securityError(), /storage cannot be used here/],
    ["getItem", securityError(), /storage cannot be used here/],
    ["getItem", new TypeError("broken"), /storage cannot be used here/],
  ] as const) {
    it(`starts on the default and applies the parameters when ${place} throws ${error.name}`, async () => {
      const { store } = blinkerStore();
      const storage = createFaultyStorage(place, error);
      const noParams = await loadInitialState(store, { hash: "", search: "" }, storage);
      expect(noParams.canAutosave).toBe(false);
      expect(store.getState().alert).toMatch(message);
      expect(store.getState()).toMatchObject({ population: 3, running: true });
      store.getState().pause();

      await loadInitialState(store, { hash: "", search: "?pattern=glider&speed=7" }, storage);
      expect(store.getState()).toMatchObject({ population: 5, speed: 7, alert: null });
    });
  }
});

describe("loadInitialState with parameters that cannot be opened", () => {
  const autosave = "x = 3, y = 2, rule = B3/S23:T3,2\n3o!";
  for (const [what, search, message] of [
    [
      "a rule the app does not run",
      `?rle=${encodeURIComponent("x = 2, y = 1, rule = W110\n2o!")}`,
      /rule "W110" cannot be used/,
    ],
    [
      "a body wider than any grid",
      `?rle=${encodeURIComponent("x = 20000, y = 1\n20000o!")}`,
      /20000/,
    ],
  ] as const) {
    it(`opens the autosave, untouched, when the rle has ${what}`, async () => {
      const { store } = blinkerStore();
      const storage = saved(autosave);
      const before = storage.getItem(AUTOSAVE_KEY);
      const { canAutosave } = await loadInitialState(store, { hash: "", search }, storage);
      expect(canAutosave).toBe(true);
      expect(storage.getItem(AUTOSAVE_KEY)).toBe(before);
      expect(store.getState().alert).toMatch(message);
      expect(store.getState()).toMatchObject({
        width: 3,
        height: 2,
        population: 3,
        running: false,
      });
    });
  }

  it("opens an rle link whose rule names a tube on that tube, as Share writes it", async () => {
    const { store } = blinkerStore();
    const rle = encodeURIComponent(
      "#CXRLE Pos=10,-1\nx = 3, y = 3, rule = B3/S23:T0,6\nbo$2bo$3o!",
    );
    await loadInitialState(store, { hash: "", search: `?rle=${rle}` }, createMemoryStorage());
    expect(store.getState().world).toMatchObject({
      space: { kind: "tube", topology: "torus", axis: "x", size: 6 },
      population: 5n,
      // Row -1 from Golly's middle row (3) is row 2.
      bounds: { x: 10, y: 2, width: 3, height: 3 },
    });
    expect(store.getState().alert).toBeNull();
  });

  it("moves the world onto the tube a rule parameter's suffix names", async () => {
    const { store } = blinkerStore();
    await loadInitialState(
      store,
      { hash: "", search: `?rle=${encodeURIComponent("x = 3, y = 1\n3o!")}&rule=B3/S23:P0,9` },
      createMemoryStorage(),
    );
    expect(store.getState().world).toMatchObject({
      space: { kind: "tube", topology: "plane", axis: "x", size: 9 },
      population: 3n,
    });
    expect(store.getState().world.bounds).toMatchObject({ y: 4, height: 1 });
  });

  it("applies none of the parameters when their world cannot be opened", async () => {
    const { store } = blinkerStore();
    const rle = encodeURIComponent("x = 2, y = 1, rule = W110\n2o!");
    await loadInitialState(
      store,
      { hash: "", search: `?rle=${rle}&autoplay&speed=max` },
      saved(autosave),
    );
    expect(store.getState()).toMatchObject({ width: 3, population: 3, speed: 5, running: false });
    expect(store.getState().alert).toMatch(/^The parameters were not applied: /);
  });

  it("opens the default world, playing, when every parameter is invalid", async () => {
    const { store } = blinkerStore();
    await loadInitialState(
      store,
      { hash: "", search: "?size=20000x10&topology=sideways" },
      createMemoryStorage(),
    );
    const s = store.getState();
    expect(s).toMatchObject({ width: 5, height: 5, population: 3, running: true });
    expect(s.alert).toMatch(
      /size="20000x10": over the limit of 16384 cells a side\. Ignored topology/,
    );
    s.pause();
  });

  it("applies settings that are not a world to the autosave", async () => {
    const { store } = blinkerStore();
    await loadInitialState(store, { hash: "", search: "?speed=max&step=3" }, saved(autosave));
    expect(store.getState()).toMatchObject({
      width: 3,
      population: 3,
      speed: Number.POSITIVE_INFINITY,
      generationsPerFrame: 3,
      running: false,
    });
  });

  it("makes a size with a random fill as one new world, loaded into the worker once", async () => {
    const { store, universe } = gridStore(64, 64);
    await settle();
    const loads: string[] = [];
    const load = universe.load.bind(universe);
    universe.load = (world) => {
      const space = world.space;
      loads.push(
        !space || !isGridSpace(space)
          ? (space?.kind ?? "infinite")
          : `${space.width}x${space.height}`,
      );
      return load(world);
    };
    await loadInitialState(
      store,
      { hash: "", search: "?size=300x200&random=0.5&seed=7" },
      createMemoryStorage(),
    );
    const cells = await gridOf(store);
    const s = store.getState();
    expect({ width: s.width, height: s.height }).toEqual({ width: 300, height: 200 });
    expect(s.population).toBeGreaterThan(300 * 200 * 0.45);
    expect(s.population).toBeLessThan(300 * 200 * 0.55);
    // A resize and then a fill loaded it twice; on a 16384x16384 grid each load is a long task.
    expect(loads).toEqual(["300x200"]);
    // The same soup as a fill of a grid already that size, seed for seed.
    const again = gridStore(300, 200).store;
    again.getState().randomFill(0.5, 7);
    expect((await gridOf(again)).words).toEqual(cells.words);
  });
});
