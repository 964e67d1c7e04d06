import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseRle, writeMacrocell } from "../formats/index.ts";
import { parseRule } from "../rules/index.ts";
import { blinkerStore, gridStore, settle } from "../store/testing/storeFixtures.ts";
import { createUniverse } from "../universe/createUniverse.ts";
import { macrocellOf } from "../universe/macrocells.ts";
import { AUTOSAVE_KEY, MAX_AUTOSAVE_CELLS, restoreAutosave, startAutosave } from "./autosave.ts";
import {
  createFaultyStorage,
  quotaExceeded,
  securityError,
} from "./testing/createFaultyStorage.ts";
import { createMemoryStorage } from "./testing/createMemoryStorage.ts";

/** A window that only collects its listeners, so the test can hide or close the page. */
function createWindow() {
  const listeners = new Map<string, () => void>();
  const on = (type: string, listener: () => void) => void listeners.set(type, listener);
  const target = {
    addEventListener: on,
    removeEventListener: () => {},
    document: { addEventListener: on, removeEventListener: () => {}, visibilityState: "visible" },
  } as unknown as Window;
  return { target, fire: (type: string) => listeners.get(type)?.() };
}

function storeOfSide(side: number) {
  return gridStore(side, side).store;
}

/** Moves the fake clock on by `millis`, and lets the universe worker's answers arrive. */
async function wait(millis: number) {
  await vi.advanceTimersByTimeAsync(millis);
  await settle();
}

/** A grid over the size whose RLE the page writes itself: the codec worker writes it. */
const BIG = 513;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("startAutosave", () => {
  it("saves a small grid shortly after a change, and every 2 s at most while it runs", async () => {
    const store = storeOfSide(64);
    const storage = createMemoryStorage();
    startAutosave(store, storage, createWindow().target);
    store.getState().setView({ zoom: 3, panX: 0, panY: 0 });
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    await wait(300);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? "{}").view.zoom).toBe(3);
    store.getState().play();
    store.getState().setView({ zoom: 5, panX: 0, panY: 0 });
    await wait(1999);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? "{}").view.zoom).toBe(3);
    await wait(1);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? "{}").view.zoom).toBe(5);
  });

  it("saves a bigger grid after a change too, its RLE written off the page's thread", async () => {
    const store = storeOfSide(BIG);
    const storage = createMemoryStorage();
    startAutosave(store, storage, createWindow().target);
    store.getState().toggleCell({ x: 3, y: 4 });
    await wait(300);
    // Node has no Worker: the codec job runs here, as the in-page fallback does.
    for (let i = 0; i < 50 && !storage.getItem(AUTOSAVE_KEY); i++) await wait(10);
    const saved = JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? "{}").rle as string;
    expect(saved).toContain(`x = ${BIG}, y = ${BIG}, rule = B3/S23:T${BIG},${BIG}`);
  });

  it("does not write a grid that grew past the limit after its save was planned", async () => {
    const store = storeOfSide(64);
    const storage = createMemoryStorage();
    startAutosave(store, storage, createWindow().target);
    store.getState().setView({ zoom: 3, panX: 0, panY: 0 });
    const side = Math.floor(Math.sqrt(MAX_AUTOSAVE_CELLS)) + 1;
    expect(store.getState().setSize(side, side)).toBeNull();
    await wait(5000);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  });

  it("says the storage is full when it is, once, and keeps trying", async () => {
    const store = storeOfSide(64);
    let fail = true;
    const memory = createMemoryStorage();
    const storage = {
      ...memory,
      setItem(key: string, value: string) {
        if (fail) throw quotaExceeded();
        memory.setItem(key, value);
      },
    } as Storage;
    startAutosave(store, storage, createWindow().target);
    store.getState().setView({ zoom: 3, panX: 0, panY: 0 });
    await wait(300);
    expect(store.getState().alert).toMatch(
      /storage is full: this pattern will not survive a reload/,
    );
    store.getState().showAlert(null);
    store.getState().setView({ zoom: 4, panX: 0, panY: 0 });
    await wait(300);
    expect(store.getState().alert).toBeNull();
    fail = false;
    store.getState().setView({ zoom: 5, panX: 0, panY: 0 });
    await wait(300);
    expect(JSON.parse(memory.getItem(AUTOSAVE_KEY) ?? "{}").view.zoom).toBe(5);
  });

  it("says the storage cannot be used when writing is refused for another reason", async () => {
    const store = storeOfSide(64);
    startAutosave(store, createFaultyStorage("setItem", securityError()), createWindow().target);
    store.getState().setView({ zoom: 3, panX: 0, panY: 0 });
    await wait(300);
    expect(store.getState().alert).toMatch(/storage cannot be used here/);
    expect(store.getState().alert).not.toMatch(/too big/);
  });

  it("survives a storage that throws on every use", async () => {
    const store = storeOfSide(64);
    const page = createWindow();
    startAutosave(store, createFaultyStorage("access", securityError()), page.target);
    store.getState().setView({ zoom: 3, panX: 0, panY: 0 });
    await wait(300);
    page.fire("pagehide");
    await wait(0);
    expect(store.getState().alert).toMatch(/storage cannot be used here/);
  });

  it("keeps the last pattern saved when the grid grows over the limit", async () => {
    const store = storeOfSide(64);
    const storage = createMemoryStorage();
    const page = createWindow();
    startAutosave(store, storage, page.target);
    store.getState().toggleCell({ x: 1, y: 1 });
    await wait(300);
    const small = storage.getItem(AUTOSAVE_KEY);
    expect(small).toContain("x = 64, y = 64");
    const side = Math.floor(Math.sqrt(MAX_AUTOSAVE_CELLS)) + 1;
    expect(store.getState().setSize(side, side)).toBeNull();
    await wait(5000);
    page.fire("pagehide");
    await wait(0);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(small);
  });

  it("notes, outside the alert, that a grid over the limit is not saved, until it is small again", async () => {
    const side = Math.floor(Math.sqrt(MAX_AUTOSAVE_CELLS)) + 1;
    const store = storeOfSide(side);
    const page = createWindow();
    startAutosave(store, createMemoryStorage(), page.target);
    page.fire("pagehide");
    await wait(0);
    expect(store.getState().notice).toMatch(/Grids over 2048x2048 are not saved/);
    expect(store.getState().alert).toBeNull();
    expect(store.getState().setSize(64, 64)).toBeNull();
    await wait(300);
    expect(store.getState().notice).toBeNull();
  });
  it("saves a two-state Larger than Life grid (C0, held a byte a cell) with its cells", async () => {
    const store = storeOfSide(32);
    expect(store.getState().setRule("R2,C0,M1,S5..9,B6..8,NM")).toBeNull();
    await settle();
    store.getState().toggleCell({ x: 4, y: 5 });
    store.getState().toggleCell({ x: 5, y: 5 });
    const storage = createMemoryStorage();
    startAutosave(store, storage, createWindow().target);
    store.getState().setView({ zoom: 4, panX: 0, panY: 0 });
    await wait(300);
    const saved = JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? "{}");
    expect(saved.rle).toMatch(/rule = R2,C0,M1,S5\.\.9,B6\.\.8,NM/);
    const pattern = parseRle(saved.rle);
    expect(pattern.cells.reduce((sum, cell) => sum + cell, 0)).toBe(2);
    expect(store.getState().alert).toBeNull();
  });
});

describe("autosave of the infinite plane", () => {
  it("saves the live cells with their place and generation, and brings them back there", async () => {
    vi.useRealTimers();
    const until = async (ready: () => boolean) => {
      for (let i = 0; i < 500 && !ready(); i++) await new Promise((r) => setTimeout(r, 5));
      expect(ready()).toBe(true);
    };
    const first = blinkerStore().store;
    const storage = createMemoryStorage();
    startAutosave(first, storage, createWindow().target);
    first.getState().openPattern(parseRle("#N Glider\nx = 3, y = 3\nbo$2bo$3o!"), "g.rle");
    expect(first.getState().goToGeneration(40n)).toBeNull();
    await until(() => first.getState().world.generation === 40n);
    await until(() => (storage.getItem(AUTOSAVE_KEY) ?? "").includes("Gen=40"));
    const saved = JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? "{}").rle as string;
    expect(saved).toContain("#CXRLE Pos=9,9 Gen=40\n");
    const second = blinkerStore().store;
    expect(restoreAutosave(second, storage)).toEqual({ restored: true, canSave: true });
    expect(second.getState().world).toMatchObject({ generation: 40n, population: 5n });
    expect(second.getState().world.bounds).toEqual({ x: 9, y: 9, width: 3, height: 3 });
    expect(second.getState().patternName).toBe("Glider");
    expect(second.getState().announcement).toBe("Restored your last pattern");
  });

  it("saves a tube with its suffix and place, and brings it back on that tube", async () => {
    vi.useRealTimers();
    const until = async (ready: () => boolean) => {
      for (let i = 0; i < 500 && !ready(); i++) await new Promise((r) => setTimeout(r, 5));
      expect(ready()).toBe(true);
    };
    const first = blinkerStore().store;
    const storage = createMemoryStorage();
    startAutosave(first, storage, createWindow().target);
    const glider = "#N Glider\nx = 3, y = 3, rule = B3/S23:P7,0\nbo$2bo$3o!";
    first.getState().openPattern(parseRle(glider), "g.rle");
    expect(first.getState().goToGeneration(4n)).toBeNull();
    await until(() => first.getState().world.generation === 4n);
    await until(() => (storage.getItem(AUTOSAVE_KEY) ?? "").includes("Gen=4"));
    const saved = JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? "{}").rle as string;
    // Across the 7-wide strip Golly counts from its middle column: column 3 is 0.
    expect(saved).toContain("#CXRLE Pos=0,0 Gen=4\n");
    expect(saved).toContain("rule = B3/S23:P7,0\n");
    const second = blinkerStore().store;
    expect(restoreAutosave(second, storage)).toEqual({ restored: true, canSave: true });
    expect(second.getState().world).toMatchObject({
      space: { kind: "tube", topology: "plane", axis: "y", size: 7 },
      generation: 4n,
      population: 5n,
      bounds: { x: 3, y: 0, width: 3, height: 3 },
    });
  });

  it("saves a world 2^40 cells wide in a few lines, its RLE following the cells, not the extent", async () => {
    vi.useRealTimers();
    const until = async (ready: () => boolean) => {
      for (let i = 0; i < 500 && !ready(); i++) await new Promise((r) => setTimeout(r, 5));
      expect(ready()).toBe(true);
    };
    const store = blinkerStore().store;
    const storage = createMemoryStorage();
    startAutosave(store, storage, createWindow().target);
    // Two blocks 2^40 cells apart: 8 cells, in a box of 2^41 cells.
    const life = parseRule("B3/S23").rule;
    const far = createUniverse({ space: { kind: "infinite" }, rule: life, engine: "hashlife" });
    for (const [x, y] of [0, 1, 2 ** 40, 2 ** 40 + 1].flatMap(
      (x) =>
        [
          [x, 0],
          [x, 1],
        ] as const,
    )) {
      far.set(x, y, 1);
    }
    store.getState().openMacrocell(writeMacrocell(macrocellOf(far, life)), "far.mc");
    await until(() => (storage.getItem(AUTOSAVE_KEY) ?? "").includes(`${2 ** 40 - 2}b2o`));
    expect(store.getState().world.population).toBe(8n);
    expect((storage.getItem(AUTOSAVE_KEY) ?? "").length).toBeLessThan(600);
    expect(store.getState().notice).toBeNull();
  });
});
