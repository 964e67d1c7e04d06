import type { PackedCells } from "../../engine/index.ts";
import { createInProcessUniverseWorker } from "../../worker/universe/createInProcessUniverseWorker.ts";
import { createUniverseClient } from "../../worker/universe/createUniverseClient.ts";
import { createLifeStore, type LifeStore } from "../createLifeStore.ts";
import type { FrameScheduler } from "../FrameScheduler.ts";
import type { SandboxTracer } from "../inspect/traceInSandbox.ts";

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
 * Lets the replies in flight arrive: the universe worker's host on the calling thread, made by
 * `blinkerStore` to run its chunks in microtasks, answers within a few hundred of them.
 * Microtasks rather than tasks, so that a step asked again as soon as one answers (full speed)
 * cannot keep the test from going on.
 */
export async function settle() {
  for (let i = 0; i < 2000; i++) await Promise.resolve();
}

/** Waits (on the real clock) until `ready` holds, or fails saying what it waited for. */
export async function until(what: string, ready: () => boolean, millis = 5000) {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > millis) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** The store's grid as the universe worker has it once every request so far is answered. */
export async function gridOf(store: LifeStore): Promise<PackedCells> {
  await settle();
  return store.getState().gridCells();
}

/**
 * A store on a 5x5 torus holding a horizontal blinker. Its universe worker's host runs on the
 * calling thread, in microtasks (see `settle`), or with `realTime`, in tasks of its own, as it
 * would in the page (for steps long enough to pause in the middle of).
 */
/**
 * A store of `width` x `height` empty cells (a torus) whose universe worker's host runs on the
 * calling thread in microtasks (see `settle`).
 */
export function gridStore(width: number, height: number, traceInSandbox?: SandboxTracer) {
  const clock = createFakeScheduler();
  const universe = createUniverseClient({
    createWorker: () => createInProcessUniverseWorker(undefined, undefined, queueMicrotask),
  });
  const store = createLifeStore({
    scheduler: clock.scheduler,
    universe,
    width,
    height,
    ...(traceInSandbox && { traceInSandbox }),
  });
  return { store, clock, universe };
}

export function blinkerStore(realTime = false) {
  const clock = createFakeScheduler();
  const cells = new Uint8Array(25);
  cells.set([1, 1, 1], 2 * 5 + 1); // horizontal blinker through the centre of a 5x5 torus
  // The universe worker's host on the calling thread, which holds the world.
  const universe = createUniverseClient({
    createWorker: () =>
      realTime
        ? createInProcessUniverseWorker()
        : createInProcessUniverseWorker(undefined, undefined, queueMicrotask),
  });
  const store = createLifeStore({
    scheduler: clock.scheduler,
    universe,
    width: 5,
    height: 5,
    cells,
  });
  return { store, clock, universe };
}
