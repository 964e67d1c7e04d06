import { createUniverse } from "../../universe/createUniverse.ts";
import { type CreateUniverse, createUniverseHost } from "./createUniverseHost.ts";
import type { UniverseReply } from "./protocol.ts";
import type { UniverseWorker } from "./UniverseWorker.ts";

/**
 * A universe "worker" on the calling thread, running the same host as a real one: for tests,
 * and where workers cannot start. Requests and replies are delivered asynchronously and in
 * order, as a worker's would be; a step still runs in chunks between which the page runs.
 */
export function createInProcessUniverseWorker(
  create: CreateUniverse = createUniverse,
  chunkMillis?: number,
): UniverseWorker {
  let onReply: (reply: UniverseReply) => void = () => {};
  let terminated = false;
  const handle = createUniverseHost(
    (reply) =>
      queueMicrotask(() => {
        if (!terminated) onReply(reply);
      }),
    {
      create,
      ...(chunkMillis === undefined ? {} : { chunkMillis }),
      yieldToMessages: (task) =>
        setTimeout(() => {
          if (!terminated) task();
        }, 0),
    },
  );
  return {
    where: "main thread",
    post(request) {
      queueMicrotask(() => {
        if (!terminated) handle(request);
      });
    },
    listen(listener) {
      onReply = listener;
    },
    terminate() {
      terminated = true;
    },
  };
}
