import type { SimulationReply, StepResult } from "./protocol.ts";

/** Matches `step` replies to the promises waiting for them. */
export function createRequestTracker() {
  let nextId = 1;
  const waiting = new Map<
    number,
    { resolve: (r: StepResult) => void; reject: (e: Error) => void }
  >();
  return {
    /** A new request id and the promise its reply will settle. */
    open(): { id: number; result: Promise<StepResult> } {
      const id = nextId++;
      const result = new Promise<StepResult>((resolve, reject) =>
        waiting.set(id, { resolve, reject }),
      );
      return { id, result };
    },
    settle(reply: SimulationReply): void {
      const entry = waiting.get(reply.id);
      if (!entry) return;
      waiting.delete(reply.id);
      if (reply.kind === "stepped") entry.resolve(reply);
      else entry.reject(new Error(reply.message));
    },
    /** Rejects everything still waiting, e.g. when the worker died. */
    failAll(error: Error): void {
      for (const entry of waiting.values()) entry.reject(error);
      waiting.clear();
    },
  };
}
