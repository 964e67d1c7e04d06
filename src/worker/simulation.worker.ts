/// <reference lib="webworker" />
// The simulation's worker: only the pure core and the host, nothing from the app.
import { createSimulationHost } from "./createSimulationHost.ts";
import type { SimulationRequest } from "./protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createSimulationHost((reply, transfer) => scope.postMessage(reply, transfer));
scope.onmessage = (event: MessageEvent<SimulationRequest>) => {
  try {
    handle(event.data);
  } catch (error) {
    const id = event.data.kind === "step" ? event.data.id : -1;
    scope.postMessage({
      kind: "failed",
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
