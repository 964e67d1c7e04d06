import { describe, expect, it } from "vitest";
import { parseAnyPattern, parseRle } from "../formats/index.ts";
import { parseRule } from "../rules/index.ts";
import { createUniverse } from "../universe/createUniverse.ts";
import type { LifeStore } from "./createLifeStore.ts";
import { blinkerStore } from "./testing/storeFixtures.ts";

// The store on the infinite plane, with the universe worker's host on the calling thread and
// the coroutine interpreter stepped directly as the reference.
const LIFE = parseRule("B3/S23").rule;
const GLIDER = "x = 3, y = 3\nbo$2bo$3o!";
const R_PENTOMINO = "x = 3, y = 3\nb2o$2o$bo!";

/** Waits (on the real clock) until `ready` holds, or fails saying what it waited for. */
async function until(what: string, ready: () => boolean, millis = 5000) {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > millis) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Whether a step is under way in the store's universe worker. */
const busyStores = new WeakMap<LifeStore, () => boolean>();
function busy(store: LifeStore): boolean {
  return busyStores.get(store)?.() ?? false;
}

function start() {
  const { store, universe } = blinkerStore(true);
  busyStores.set(store, () => universe.busy);
  return store;
}

function open(text: string): LifeStore {
  const store = start();
  expect(store.getState().openPattern(parseRle(text), "test.rle")).toBeNull();
  return store;
}

/** The reference: `text` centred on the origin as the store opens it, `generations` on. */
function reference(text: string, generations: bigint) {
  const pattern = parseRle(text);
  const universe = createUniverse({ space: { kind: "infinite" }, rule: LIFE, engine: "coroutine" });
  const x0 = -Math.floor(pattern.width / 2);
  const y0 = -Math.floor(pattern.height / 2);
  for (let y = 0; y < pattern.height; y++) {
    for (let x = 0; x < pattern.width; x++) {
      if (pattern.cells[y * pattern.width + x]) universe.set(x0 + x, y0 + y, 1);
    }
  }
  universe.step(generations);
  return universe;
}

describe("the store on the infinite plane", () => {
  it("opens a file without a bounded-grid suffix there, centred on the origin", async () => {
    const store = open(GLIDER);
    const s = store.getState();
    expect(s.world).toMatchObject({ generation: 0n, population: 5n, atStart: true });
    expect(s.world.bounds).toEqual({ x: -1, y: -1, width: 3, height: 3 });
    expect(s.patternName).toBe("test");
    await until("the first picture", () => store.getState().world.picture != null);
    expect(store.getState().stateOf({ x: 1, y: 1 })).toBe(1);
    expect(store.getState().stateOf({ x: -1, y: -1 })).toBe(0);
  });

  it("runs a glider past where a 120x80 grid would wrap, exactly", async () => {
    const store = open(GLIDER);
    store.getState().setStepExponent(4);
    for (let i = 0; i < 25; i++) {
      store.getState().step();
      await until("the step", () => !store.getState().running && !busy(store));
    }
    const world = store.getState().world;
    expect(world?.generation).toBe(400n);
    expect(world?.population).toBe(5n);
    expect(world?.bounds).toEqual({ x: 99, y: 99, width: 3, height: 3 });
    expect(store.getState().generation).toBe(400);
    // Saved where it is and when, as Golly writes it.
    const rle = await store.getState().infiniteRle();
    expect(rle).toContain("#CXRLE Pos=99,99 Gen=400\n");
    // ... and opens again there, at that generation.
    expect(store.getState().openPattern(parseRle(rle), "again.rle")).toBeNull();
    expect(store.getState().world).toMatchObject({ generation: 400n, startGeneration: 400n });
    expect(store.getState().world.bounds).toEqual({ x: 99, y: 99, width: 3, height: 3 });
    store.getState().step();
    await until("a step of 16", () => store.getState().world.generation === 416n);
    expect(rle).toContain("#N test\n");
    expect(rle).toContain("x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!\n");
  });

  it("takes in a picture and the counts that come with it in one update of the store", async () => {
    const store = open(GLIDER);
    await until("the first picture", () => store.getState().world.picture != null);
    const first = store.getState().world.picture;
    const updates: unknown[] = [];
    store.getState().zoomBy(2);
    const stop = store.subscribe((s) => updates.push(s.world.picture));
    await until("the picture of the new view", () => store.getState().world.picture !== first);
    stop();
    expect(updates).toEqual([store.getState().world.picture]);
  });

  it("goes to a generation, forward and back through the start, exactly", async () => {
    const store = open(R_PENTOMINO);
    expect(store.getState().goToGeneration(300n)).toBeNull();
    await until("generation 300", () => store.getState().world.generation === 300n);
    expect(store.getState().world.population).toBe(reference(R_PENTOMINO, 300n).population());
    expect(store.getState().goToGeneration(120n)).toBeNull();
    await until("generation 120", () => store.getState().world.generation === 120n);
    await until("idle", () => !busy(store));
    expect(store.getState().world.population).toBe(reference(R_PENTOMINO, 120n).population());
    expect(store.getState().goToGeneration(-1n)).toMatch(/0 or more/);
  });

  it("shows an edit at once, counts it, and Undo takes it back", async () => {
    const store = open(GLIDER);
    store.getState().toggleCell({ x: 40, y: -40 });
    expect(store.getState().stateOf({ x: 40, y: -40 })).toBe(1);
    expect(store.getState().world.population).toBe(6n);
    store.getState().paintLine({ x: 40, y: -40 }, { x: 42, y: -40 }, 1);
    expect(store.getState().world.population).toBe(8n);
    await until("a picture with the edits", () => store.getState().world.overlay.length === 0);
    expect(store.getState().stateOf({ x: 42, y: -40 })).toBe(0); // off the picture of the view
    store.getState().undo();
    await until("the undo", () => store.getState().world.population === 5n);
  });

  it("plays and pauses within 200 ms in the middle of a step of 2^40, and Reset goes back", async () => {
    const store = open(R_PENTOMINO);
    // On the interpreter: HashLife (auto's choice) runs the R-pentomino's 2^40 at once.
    store.getState().setEngine("coroutine");
    store.getState().setSpeed(Number.POSITIVE_INFINITY);
    store.getState().setStepExponent(40);
    store.getState().play();
    await until("a few generations", () => (store.getState().world.generation ?? 0n) > 20n);
    const asked = performance.now();
    store.getState().pause();
    expect(store.getState().running).toBe(false);
    await until("the step to end", () => !busy(store), 1000);
    expect(performance.now() - asked).toBeLessThan(200);
    const at = store.getState().world.generation ?? 0n;
    expect(at).toBeGreaterThan(0n);
    expect(at).toBeLessThan(2n ** 40n);
    expect(store.getState().world.population).toBe(reference(R_PENTOMINO, at).population());
    store.getState().reset();
    await until("the reset", () => store.getState().world.generation === 0n);
    expect(store.getState().world.population).toBe(5n);
    store.getState().reset();
    expect(store.getState().announcement).toBe("Already at the start, generation 0");
    // Undo takes back the Reset, then the run.
    store.getState().undo();
    await until("undo of reset", () => store.getState().world.generation === at);
    store.getState().undo();
    await until("undo of the run", () => store.getState().world.generation === 0n);
  });

  it("moves a bounded grid's cells onto the infinite plane and back", async () => {
    const store = start();
    await until("the grid's counts", () => store.getState().world.bounds !== null);
    store.getState().setTopology("infinite");
    expect(store.getState().world.population).toBe(3n);
    expect(store.getState().world.bounds).toEqual({ x: 1, y: 2, width: 3, height: 1 });
    store.getState().step();
    await until("the step", () => store.getState().world.generation === 1n);
    expect(store.getState().world.bounds).toEqual({ x: 2, y: 1, width: 1, height: 3 });
    store.getState().setTopology("torus");
    await until("the grid", () => store.getState().world.space.kind !== "infinite");
    const s = store.getState();
    expect(s.topology).toBe("torus");
    expect(s.population).toBe(3);
    const live = (await s.gridCells()).liveBounds();
    expect(live && { width: live.width, height: live.height }).toEqual({ width: 1, height: 3 });
  });

  it("opens a sparse pattern 2^40 cells wide where the file puts it, and only there", async () => {
    const far = 2 ** 40;
    const text = `#Life 1.06\n0 0\n1 0\n2 0\n${far} 5\n${far} 6\n${far} 7\n`;
    const store = start();
    const pattern = parseAnyPattern(text);
    expect(store.getState().openPattern(pattern, "far.lif")).toBeNull();
    expect(store.getState().world.bounds).toEqual({ x: 0, y: 0, width: far + 1, height: 8 });
    store.getState().step();
    await until("a generation", () => store.getState().world.generation === 1n);
    // Two blinkers, each turned.
    expect(store.getState().world.bounds).toEqual({ x: 1, y: -1, width: far + 1, height: 8 });
    expect(store.getState().world.population).toBe(6n);
    expect(store.getState().openPattern(pattern, "far.lif", "grid")).toMatch(
      /only fits the infinite plane/,
    );
  });

  it("moves onto the engine chosen, keeping the generation and the cells", async () => {
    const store = open(R_PENTOMINO);
    expect(store.getState().goToGeneration(50n)).toBeNull();
    await until("generation 50", () => store.getState().world.generation === 50n);
    await until("idle", () => !busy(store));
    store.getState().setEngine("coroutine");
    await until("the engine", () => store.getState().engine.startsWith("coroutine interpreter"));
    store.getState().step();
    await until("a step", () => store.getState().world.generation === 51n);
    expect(store.getState().world.population).toBe(reference(R_PENTOMINO, 51n).population());
  });

  it("runs the engine chosen by name, and for auto the one autoEngine picks", async () => {
    // A soup: 200x200 at about half density, over autoEngine's population and density.
    const pairs: number[] = [];
    let seed = 12345;
    for (let y = 0; y < 200; y++) {
      for (let x = 0; x < 200; x++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        if (seed >>> 31) pairs.push(x, y);
      }
    }
    const soup = Float64Array.from(pairs);
    const store = start();
    const engineIs = (name: string) => () => store.getState().engine.startsWith(`${name} ·`);
    store.getState().openInfinite(soup, LIFE);
    await until("tiles for a soup on auto", engineIs("tiles"));
    store.getState().setEngine("hashlife");
    expect(store.getState().engineChoice).toBe("hashlife");
    await until("hashlife when forced", engineIs("hashlife"));
    store.getState().step();
    await until("a step", () => store.getState().world.generation === 1n);
    store.getState().setEngine("tiles");
    await until("tiles when forced", engineIs("tiles"));
    store.getState().step();
    await until("a step", () => store.getState().world.generation === 2n);
    // The soup two generations on, across the change of engine, as the interpreter has it.
    const reference = createUniverse({
      space: { kind: "infinite" },
      rule: LIFE,
      engine: "coroutine",
    });
    for (let i = 0; i < pairs.length; i += 2)
      reference.set(pairs[i] as number, pairs[i + 1] as number, 1);
    reference.step(2n);
    expect(store.getState().world.population).toBe(reference.population());
    // A glider opened while tiles are chosen runs on tiles; auto moves it onto HashLife.
    store.getState().openInfinite(Float64Array.from([1, 0, 2, 1, 0, 2, 1, 2, 2, 2]), LIFE);
    await until("the glider", () => store.getState().world.population === 5n);
    expect(store.getState().engine).toMatch(/^tiles ·/);
    store.getState().setEngine("auto");
    await until("hashlife for a glider on auto", engineIs("hashlife"));
  });

  it("changes rule in place, refuses B0, and formats counts with separators", async () => {
    const store = open(R_PENTOMINO);
    expect(store.getState().setRule("B0/S8")).toMatch(/B0/);
    expect(store.getState().setRule("B36/S23")).toBeNull();
    expect(store.getState().ruleText).toBe("B36/S23");
    expect(store.getState().world.space.kind).toBe("infinite");
    store.getState().setStepExponent(70);
    expect(store.getState().stepExponent).toBe(62);
    expect(store.getState().announcement).toBe("Step 4,611,686,018,427,387,904 generations");
  });
});

describe("the worker's snapshots", () => {
  it("are let go when Undo can no longer reach them", async () => {
    const { store, universe } = blinkerStore(true);
    const forgotten: number[] = [];
    const forget = universe.forget.bind(universe);
    universe.forget = (key) => {
      forgotten.push(key);
      forget(key);
    };
    store.getState().openPattern(parseRle("x = 3, y = 3\nbo$2bo$3o!"), "g.rle");
    store.getState().toggleCell({ x: 10, y: 10 }); // recorded: snapshot A
    store.getState().toggleCell({ x: 12, y: 10 }); // recorded: snapshot B
    store.getState().undo(); // B spent (restored); the world left kept for Redo: C
    expect(forgotten).toHaveLength(1);
    store.getState().toggleCell({ x: 14, y: 10 }); // a new branch: C dropped with Redo
    expect(forgotten).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // What Undo still reaches works.
    store.getState().undo();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().alert).toBeNull();
  });
});
