import { WorkerLostError } from "../WorkerLostError.ts";
import type { PoolWorker } from "./PoolWorker.ts";
import type { BandReply, BandRequest } from "./protocol.ts";

type Answer = Exclude<BandReply, { kind: "failed" }>;

/** The coordinator's line to one band worker: fire-and-forget sends, and requests that wait. */
export interface WorkerConnection {
  readonly worker: PoolWorker;
  /** Whether the worker has answered anything yet: one that never did could not start. */
  readonly answered: boolean;
  /** Why the worker is lost (it failed outright or stopped answering), once it is. */
  readonly lost: WorkerLostError | undefined;
  send(request: BandRequest, transfer?: ArrayBuffer[]): void;
  /**
   * Sends a request with an id and waits for its reply; `failed` rejects. No reply within
   * `timeoutMs` counts the worker as lost.
   */
  request(
    request: BandRequest & { readonly id: number },
    transfer?: ArrayBuffer[],
    timeoutMs?: number,
  ): Promise<Answer>;
  /** Stops the worker and rejects whatever still waits. */
  terminate(): void;
}

/**
 * Connects to a band worker. A failure without an id (a `load` or `edit` that went wrong)
 * rejects the requests after it until the next `load`. The worker failing outright, or not
 * answering a request in time, loses it: that rejects everything, now and later, with a
 * `WorkerLostError` and calls `onLost`.
 */
export function connectWorker(
  worker: PoolWorker,
  onLost: (error: WorkerLostError) => void = () => {},
): WorkerConnection {
  const waiting = new Map<
    number,
    { resolve: (a: Answer) => void; reject: (e: Error) => void; timer: unknown }
  >();
  let broken: Error | undefined;
  let dead: Error | undefined;
  let lost: WorkerLostError | undefined;
  let answered = false;

  const failAll = (error: Error) => {
    for (const entry of waiting.values()) {
      clearTimeout(entry.timer as ReturnType<typeof setTimeout>);
      entry.reject(error);
    }
    waiting.clear();
  };

  const lose = (error: WorkerLostError) => {
    if (dead) return;
    dead = lost = error;
    failAll(error);
    onLost(error);
  };

  worker.listen(
    (reply) => {
      answered = true;
      if (reply.kind === "failed" && reply.id < 0) {
        broken = new Error(reply.message);
        failAll(broken);
        return;
      }
      const entry = waiting.get(reply.id);
      if (!entry) return;
      waiting.delete(reply.id);
      clearTimeout(entry.timer as ReturnType<typeof setTimeout>);
      if (reply.kind === "failed") entry.reject(new Error(reply.message));
      else entry.resolve(reply);
    },
    (error) => lose(new WorkerLostError(error.message)),
  );

  return {
    worker,
    get answered() {
      return answered;
    },
    get lost() {
      return lost;
    },
    send(request, transfer = []) {
      if (request.kind === "load") broken = undefined;
      if (!dead) worker.post(request, transfer);
    },
    request(request, transfer = [], timeoutMs = Number.POSITIVE_INFINITY) {
      const refused = dead ?? broken;
      if (refused) return Promise.reject(refused);
      return new Promise<Answer>((resolve, reject) => {
        const timer = Number.isFinite(timeoutMs)
          ? setTimeout(() => {
              const seconds = (timeoutMs / 1000).toFixed(1);
              lose(new WorkerLostError(`a worker stopped answering (no reply in ${seconds} s)`));
            }, timeoutMs)
          : undefined;
        waiting.set(request.id, { resolve, reject, timer });
        worker.post(request, transfer);
      });
    },
    terminate() {
      dead ??= new Error("simulation pool disposed");
      worker.terminate();
      failAll(dead);
    },
  };
}
