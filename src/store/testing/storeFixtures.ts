import { createInProcessUniverseWorker } from "../../worker/universe/createInProcessUniverseWorker.ts";
import { createUniverseClient } from "../../worker/universe/createUniverseClient.ts";
import { createLifeStore } from "../createLifeStore.ts";
import type { FrameScheduler } from "../FrameScheduler.ts";

/** A clock that only moves when the test says so. */
export function createFakeScheduler() {
  let pending = new Map<number, (now: number) => void>();
  let nextHandle = 1;
  let now = 0;
  const scheduler: FrameScheduler = {
    requestFrame(callback) {
      pending.set(nextHandle, callback);
      return nextHandle++;
    },
    cancelFrame(handle) {
      pending.delete(handle);
    },
    now: () => now,
  };
  return {
    scheduler,
    /** Fires one frame `millis` after the last, then lets replies settle. */
    async frame(millis = 16) {
      now += millis;
      const due = pending;
      pending = new Map();
      for (const callback of due.values()) callback(now);
      await settle();
    },
    /** Moves the clock on without firing a frame: time spent inside one. */
    advance(millis: number) {
      now += millis;
    },
    get now() {
      return now;
    },
    get waiting() {
      return pending.size;
    },
  };
}

/**
 * Lets the replies in flight arrive: the in-process pool's requests and replies are chains of
 * microtasks, a few dozen to a step. Microtasks rather than a task, so that an engine in the page
 * asked again at full speed (as fast as it answers) cannot keep the test from going on.
 */
export async function settle() {
  for (let i = 0; i < 100; i++) await Promise.resolve();
}

export function blinkerStore() {
  const clock = createFakeScheduler();
  const cells = new Uint8Array(25);
  cells.set([1, 1, 1], 2 * 5 + 1); // horizontal blinker through the centre of a 5x5 torus
  // The universe worker's host on the calling thread, which holds the world.
  const universe = createUniverseClient({ createWorker: () => createInProcessUniverseWorker() });
  const store = createLifeStore({
    scheduler: clock.scheduler,
    universe,
    width: 5,
    height: 5,
    cells,
  });
  return { store, clock, universe };
}
