import { describe, expect, it } from "vitest";
import { PackedCells } from "../engine/index.ts";
import { parseRule } from "../rules/index.ts";
import { encodeShareState } from "../share/index.ts";
import { blinkerStore, settle } from "../store/testing/storeFixtures.ts";
import { AUTOSAVE_KEY } from "./autosave.ts";
import { loadInitialState } from "./loadInitialState.ts";
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
    expect(worldFromRle(text)).toEqual(world);
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

  it("drops an unreadable autosave and keeps the default", async () => {
    const { store } = blinkerStore();
    const storage = createMemoryStorage({ [AUTOSAVE_KEY]: "{not json" });
    await loadInitialState(store, { hash: "", search: "" }, storage);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(store.getState().population).toBe(3);
    store.getState().pause();
  });
});
