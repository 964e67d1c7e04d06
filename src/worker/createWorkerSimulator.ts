import { createInlineSimulator } from "./createInlineSimulator.ts";
import { createRequestTracker } from "./createRequestTracker.ts";
import type { SimulationReply, SimulationRequest } from "./protocol.ts";
import type { Simulator } from "./Simulator.ts";

/**
 * Runs the simulation in a Web Worker so a slow generation never blocks input or drawing.
 * Falls back to the main thread when a worker cannot be started.
 */
export function createWorkerSimulator(): Simulator {
  let worker: Worker;
  try {
    // Written literally so Vite recognises and bundles the worker.
    worker = new Worker(new URL("./simulation.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return createInlineSimulator();
  }
  const tracker = createRequestTracker();
  worker.onmessage = (event: MessageEvent<SimulationReply>) => tracker.settle(event.data);
  worker.onerror = (event) =>
    tracker.failAll(new Error(event.message || "the simulation worker failed"));
  const send = (request: SimulationRequest, transfer: Transferable[] = []) =>
    worker.postMessage(request, transfer);
  return {
    where: "worker",
    load: (world, epoch) => send({ kind: "load", epoch, world }),
    edit: (changes, seq) => send({ kind: "edit", seq, changes }),
    step(generations) {
      const { id, result } = tracker.open();
      send({ kind: "step", id, generations });
      return result;
    },
    dispose() {
      worker.terminate();
      tracker.failAll(new Error("simulator disposed"));
    },
  };
}
