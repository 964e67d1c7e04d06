import type { UniverseReply } from "./protocol.ts";
import type { UniverseWorker } from "./UniverseWorker.ts";

/**
 * A universe worker in a module Web Worker running `universe.worker.ts`; `connect` is given the
 * Worker first (the page hands it its port to the rule sandbox).
 */
export function createUniverseWorker(connect?: (worker: Worker) => void): UniverseWorker {
  // Written literally so Vite recognises and bundles the worker.
  const worker = new Worker(new URL("./universe.worker.ts", import.meta.url), { type: "module" });
  connect?.(worker);
  return {
    where: "worker",
    post: (request, transfer = []) => worker.postMessage(request, transfer),
    listen(onReply, onError) {
      worker.onmessage = (event: MessageEvent<UniverseReply>) => onReply(event.data);
      worker.onerror = (event) =>
        onError(new Error(event.message || "its script could not load or run"));
    },
    terminate: () => worker.terminate(),
  };
}
