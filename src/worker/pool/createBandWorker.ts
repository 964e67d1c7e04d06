import type { PoolWorker } from "./PoolWorker.ts";
import type { BandReply } from "./protocol.ts";

/** A band worker in a module Web Worker running `band.worker.ts`: the pool's browser factory. */
export function createBandWorker(): PoolWorker {
  // Written literally so Vite recognises and bundles the worker.
  const worker = new Worker(new URL("./band.worker.ts", import.meta.url), { type: "module" });
  return {
    where: "worker",
    post: (request, transfer) => worker.postMessage(request, transfer),
    listen(onReply, onError) {
      worker.onmessage = (event: MessageEvent<BandReply>) => onReply(event.data);
      worker.onerror = (event) =>
        onError(new Error(event.message || "its script could not load or run"));
    },
    terminate: () => worker.terminate(),
  };
}
