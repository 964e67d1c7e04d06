import type { Worker } from "node:worker_threads";

/** A worker as the pool and the universe client see one (PoolWorker, UniverseWorker). */
export interface NodeThreadWorker<Request, Reply> {
  readonly where: "worker";
  post(request: Request, transfer?: ArrayBuffer[]): void;
  listen(onReply: (reply: Reply) => void, onError: (error: Error) => void): void;
  terminate(): void;
}

/**
 * A Node worker thread as a page's worker: replies, errors, and an exit nobody asked for as an
 * error. Apart from nodeWorkerThreads.ts so that a worker thread can wrap threads it starts
 * without bundling esbuild.
 */
export function fromNodeWorker<Request, Reply>(
  worker: Worker,
  name: string,
): NodeThreadWorker<Request, Reply> {
  let terminated = false;
  return {
    where: "worker",
    post: (request, transfer = []) => worker.postMessage(request, transfer),
    listen(onReply, onError) {
      worker.on("message", onReply);
      worker.on("error", onError);
      worker.on("exit", (code) => {
        if (!terminated) onError(new Error(`a ${name} exited with code ${code}`));
      });
    },
    terminate() {
      terminated = true;
      void worker.terminate();
    },
  };
}
