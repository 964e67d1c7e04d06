import { createRequestTracker } from "./createRequestTracker.ts";
import { createSimulationHost } from "./createSimulationHost.ts";
import type { Simulator } from "./Simulator.ts";

/**
 * Runs the simulation on the calling thread, with the same host as the worker. Replies are
 * delivered asynchronously, like a worker's, so callers cannot come to rely on ordering that
 * the worker would not give them. Used in tests and where workers are unavailable.
 */
export function createInlineSimulator(): Simulator {
  const tracker = createRequestTracker();
  const handle = createSimulationHost((reply) => queueMicrotask(() => tracker.settle(reply)));
  return {
    where: "main thread",
    load: (world, epoch) => handle({ kind: "load", epoch, world }),
    edit: (changes, seq) => handle({ kind: "edit", seq, changes }),
    step(generations) {
      const { id, result } = tracker.open();
      handle({ kind: "step", id, generations });
      return result;
    },
    dispose: () => tracker.failAll(new Error("simulator disposed")),
  };
}
