import { createUniverse } from "../../universe/createUniverse.ts";
import { createInProcessChannel } from "../createInProcessChannel.ts";
import { type CreateUniverse, createUniverseHost } from "./createUniverseHost.ts";
import type { UniverseReply, UniverseRequest } from "./protocol.ts";
import type { UniverseWorker } from "./UniverseWorker.ts";

/**
 * A universe "worker" on the calling thread (see createInProcessChannel): a step still runs in
 * chunks, between which the page runs.
 */
export function createInProcessUniverseWorker(
  create: CreateUniverse = createUniverse,
  chunkMillis?: number,
): UniverseWorker {
  return createInProcessChannel<UniverseRequest, UniverseReply>((post, open) =>
    createUniverseHost(post, {
      create,
      ...(chunkMillis === undefined ? {} : { chunkMillis }),
      yieldToMessages: (task) =>
        setTimeout(() => {
          if (open()) task();
        }, 0),
    }),
  );
}
