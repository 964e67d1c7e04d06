import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLifeStore } from "../store/createLifeStore.ts";
import { createFakeScheduler } from "../store/testing/storeFixtures.ts";
import { createInlineSimulator } from "../worker/createInlineSimulator.ts";
import { AUTOSAVE_KEY, MAX_CELLS_SAVED_WHILE_RUNNING, startAutosave } from "./autosave.ts";

function createStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

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

/** A grid just over the size that is saved while running. */
function bigStore() {
  const side = Math.floor(Math.sqrt(MAX_CELLS_SAVED_WHILE_RUNNING)) + 1;
  const clock = createFakeScheduler();
  return createLifeStore({
    simulator: createInlineSimulator(),
    scheduler: clock.scheduler,
    width: side,
    height: side,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("startAutosave", () => {
  it("saves a change shortly after it", () => {
    const store = bigStore();
    const storage = createStorage();
    startAutosave(store, storage, createWindow().target);
    store.getState().setView({ zoom: 3, panX: 0, panY: 0 });
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    vi.advanceTimersByTime(300);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? "{}").view.zoom).toBe(3);
  });

  it("does not write a big grid once it runs, even a save planned before Play", () => {
    const store = bigStore();
    const storage = createStorage();
    startAutosave(store, storage, createWindow().target);
    store.getState().setView({ zoom: 3, panX: 0, panY: 0 }); // a save is planned ...
    store.getState().play(); // ... and Play is pressed before it is due
    vi.advanceTimersByTime(5000);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    store.getState().pause();
    vi.advanceTimersByTime(300);
    expect(storage.getItem(AUTOSAVE_KEY)).not.toBeNull();
  });

  it("saves a running big grid when the page goes away", () => {
    const store = bigStore();
    const storage = createStorage();
    const page = createWindow();
    startAutosave(store, storage, page.target);
    store.getState().play();
    page.fire("pagehide");
    expect(storage.getItem(AUTOSAVE_KEY)).not.toBeNull();
  });
});
