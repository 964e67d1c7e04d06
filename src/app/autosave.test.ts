import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLifeStore } from "../store/createLifeStore.ts";
import { createFakeScheduler } from "../store/testing/storeFixtures.ts";
import { createInlineSimulator } from "../worker/createInlineSimulator.ts";
import { AUTOSAVE_KEY, MAX_CELLS_SAVED_AFTER_CHANGES, startAutosave } from "./autosave.ts";
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
  const clock = createFakeScheduler();
  return createLifeStore({
    simulator: createInlineSimulator(),
    scheduler: clock.scheduler,
    width: side,
    height: side,
  });
}

/** A grid just over the size saved after every change. */
const BIG = Math.floor(Math.sqrt(MAX_CELLS_SAVED_AFTER_CHANGES)) + 1;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("startAutosave", () => {
  it("saves a small grid shortly after a change, and every 2 s at most while it runs", () => {
    const store = storeOfSide(64);
    const storage = createMemoryStorage();
    startAutosave(store, storage, createWindow().target);
    store.getState().setView({ zoom: 3, panX: 0, panY: 0 });
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    vi.advanceTimersByTime(300);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? "{}").view.zoom).toBe(3);
    store.getState().play();
    store.getState().setView({ zoom: 5, panX: 0, panY: 0 });
    vi.advanceTimersByTime(1999);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? "{}").view.zoom).toBe(3);
    vi.advanceTimersByTime(1);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? "{}").view.zoom).toBe(5);
  });

  it("saves a bigger grid only when the page is hidden or closed", () => {
    const store = storeOfSide(BIG);
    const storage = createMemoryStorage();
    const page = createWindow();
    startAutosave(store, storage, page.target);
    store.getState().setView({ zoom: 3, panX: 0, panY: 0 });
    store.getState().play();
    store.getState().pause();
    vi.advanceTimersByTime(10_000);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    page.fire("pagehide");
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? "{}").view.zoom).toBe(3);
  });

  it("does not write a grid that grew past the limit after its save was planned", () => {
    const store = storeOfSide(64);
    const storage = createMemoryStorage();
    startAutosave(store, storage, createWindow().target);
    store.getState().setView({ zoom: 3, panX: 0, panY: 0 });
    expect(store.getState().setSize(BIG, BIG)).toBeNull();
    vi.advanceTimersByTime(5000);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  });
});
