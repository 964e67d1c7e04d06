import type { PoolWorker } from "./PoolWorker.ts";
import type { BandReply, BandRequest } from "./protocol.ts";

type Answer = Exclude<BandReply, { kind: "failed" }>;

/** The coordinator's line to one band worker: fire-and-forget sends, and requests that wait. */
export interface WorkerConnection {
  readonly worker: PoolWorker;
  send(request: BandRequest, transfer?: ArrayBuffer[]): void;
  /** Sends a request with an id and waits for its reply; `failed` rejects. */
  request(
    request: BandRequest & { readonly id: number },
    transfer?: ArrayBuffer[],
  ): Promise<Answer>;
  /** Stops the worker and rejects whatever still waits. */
  terminate(): void;
}

/**
 * Connects to a band worker. A failure without an id (a `load` or `edit` that went wrong)
 * rejects the requests after it until the next `load`; the worker dying rejects everything and
 * calls `onDeath`.
 */
export function connectWorker(
  worker: PoolWorker,
  onDeath: (error: Error) => void = () => {},
): WorkerConnection {
  const waiting = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  let broken: Error | undefined;
  let dead: Error | undefined;

  const failAll = (error: Error) => {
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };

  worker.listen(
    (reply) => {
      if (reply.kind === "failed" && reply.id < 0) {
        broken = new Error(reply.message);
        failAll(broken);
        return;
      }
      const entry = waiting.get(reply.id);
      if (!entry) return;
      waiting.delete(reply.id);
      if (reply.kind === "failed") entry.reject(new Error(reply.message));
      else entry.resolve(reply);
    },
    (error) => {
      dead = error;
      failAll(error);
      onDeath(error);
    },
  );

  return {
    worker,
    send(request, transfer = []) {
      if (request.kind === "load") broken = undefined;
      worker.post(request, transfer);
    },
    request(request, transfer = []) {
      const refused = dead ?? broken;
      if (refused) return Promise.reject(refused);
      return new Promise<Answer>((resolve, reject) => {
        waiting.set(request.id, { resolve, reject });
        worker.post(request, transfer);
      });
    },
    terminate() {
      dead = new Error("simulation pool disposed");
      worker.terminate();
      failAll(dead);
    },
  };
}
