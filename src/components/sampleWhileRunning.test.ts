import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createStore } from "zustand/vanilla";
import { sampleWhileRunning } from "./sampleWhileRunning.ts";

interface State {
  readonly running: boolean;
  readonly generation: number;
  readonly other: number;
}

function start() {
  const store = createStore<State>(() => ({ running: false, generation: 0, other: 0 }));
  const shown: number[] = [];
  const stop = sampleWhileRunning(
    store,
    (s) => s.generation,
    (a, b) => a === b,
    (value) => shown.push(value),
    { everyMillis: 100, now: () => Date.now() },
  );
  return { store, shown, stop };
}

describe("sampleWhileRunning", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows every change at once while paused, and nothing for other fields", () => {
    const { store, shown } = start();
    store.setState({ generation: 1 });
    store.setState({ other: 5 });
    store.setState({ generation: 2 });
    expect(shown).toEqual([0, 1, 2]);
  });

  it("while running, shows at most one value per interval, the latest, and the last in the end", () => {
    const { store, shown } = start();
    store.setState({ running: true });
    for (let g = 1; g <= 30; g++) {
      store.setState({ generation: g });
      vi.advanceTimersByTime(10);
    }
    // 300 ms of steps every 10 ms: a value about every 100 ms, never one a step.
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown.length).toBeLessThanOrEqual(5);
    vi.advanceTimersByTime(100);
    expect(shown.at(-1)).toBe(30);
    for (let i = 1; i < shown.length; i++)
      expect(shown[i] as number).toBeGreaterThan(shown[i - 1] as number);
  });

  it("shows the count at once when the world pauses, without waiting for the interval", () => {
    const { store, shown } = start();
    store.setState({ running: true, generation: 1 });
    store.setState({ generation: 2 });
    store.setState({ running: false, generation: 3 });
    expect(shown.at(-1)).toBe(3);
    vi.advanceTimersByTime(1000);
    expect(shown.filter((g) => g === 3)).toHaveLength(1);
  });

  it("shows nothing once stopped", () => {
    const { store, shown, stop } = start();
    store.setState({ running: true, generation: 1 });
    stop();
    vi.advanceTimersByTime(1000);
    store.setState({ running: false, generation: 2 });
    expect(shown).toEqual([0]);
  });
});
