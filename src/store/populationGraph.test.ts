import { describe, expect, it } from "vitest";
import { parseRle } from "../formats/index.ts";
import { parseRule } from "../rules/index.ts";
import { createUniverse } from "../universe/createUniverse.ts";
import { blinkerStore, until } from "./testing/storeFixtures.ts";

// The population graph's side of the store: shown and hidden, and the page's copy of the
// worker's record, against the coroutine interpreter stepped one generation at a time.
const LIFE = parseRule("B3/S23").rule;
const R_PENTOMINO = "x = 3, y = 3\nb2o$2o$bo!";

/** Populations of the R-pentomino, centred as the store opens it, at generations 0..count. */
function referencePopulations(count: number): number[] {
  const pattern = parseRle(R_PENTOMINO);
  const universe = createUniverse({ space: { kind: "infinite" }, rule: LIFE, engine: "coroutine" });
  for (let y = 0; y < pattern.height; y++) {
    for (let x = 0; x < pattern.width; x++) {
      if (pattern.cells[y * pattern.width + x]) universe.set(x - 1, y - 1, 1);
    }
  }
  const populations = [Number(universe.population())];
  for (let g = 0; g < count; g++) {
    universe.step(1n);
    populations.push(Number(universe.population()));
  }
  return populations;
}

function openRPentomino() {
  const { store, universe } = blinkerStore(true);
  expect(store.getState().openPattern(parseRle(R_PENTOMINO), "r.rle")).toBeNull();
  store.getState().setEngine("tiles");
  return { store, idle: () => !universe.busy && !store.getState().running };
}

describe("the population graph in the store", () => {
  it("is shown and hidden, and says so", () => {
    const { store } = blinkerStore();
    expect(store.getState().graphOpen).toBe(false);
    store.getState().toggleGraph();
    expect(store.getState()).toMatchObject({
      graphOpen: true,
      announcement: "Population graph shown",
    });
    store.getState().toggleGraph();
    expect(store.getState().graphOpen).toBe(false);
  });

  it("fetches every generation run, exactly, then only what is new", async () => {
    const { store, idle } = openRPentomino();
    const expected = referencePopulations(160);
    expect(store.getState().goToGeneration(120n)).toBeNull();
    await until("generation 120", () => store.getState().world.generation === 120n && idle());
    const series = await store.getState().fetchPopulations();
    expect([...series.generations.subarray(0, series.length)]).toEqual(
      expected.slice(0, 121).map((_, g) => g),
    );
    expect([...series.populations.subarray(0, series.length)]).toEqual(expected.slice(0, 121));
    expect(series.sampled).toBe(false);
    const version = series.version;
    expect((await store.getState().fetchPopulations()).version).toBe(version);
    expect(store.getState().goToGeneration(160n)).toBeNull();
    await until("generation 160", () => store.getState().world.generation === 160n && idle());
    const more = await store.getState().fetchPopulations();
    expect(more).toBe(series);
    expect([...more.populations.subarray(0, more.length)]).toEqual(expected);
  });

  it("keeps the record through Reset, and cuts it where an edit starts a new branch", async () => {
    const { store, idle } = openRPentomino();
    expect(store.getState().goToGeneration(50n)).toBeNull();
    await until("generation 50", () => store.getState().world.generation === 50n && idle());
    store.getState().reset();
    await until("the start", () => store.getState().world.generation === 0n && idle());
    expect((await store.getState().fetchPopulations()).length).toBe(51);
    store.getState().step();
    await until("generation 1", () => store.getState().world.generation === 1n && idle());
    store.getState().toggleCell({ x: 30, y: 30 });
    const series = await store.getState().fetchPopulations();
    const expected = referencePopulations(1);
    expect([...series.populations.subarray(0, series.length)]).toEqual([
      expected[0],
      (expected[1] as number) + 1,
    ]);
  });
});
