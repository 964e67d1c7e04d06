import { createUniverse } from "../../universe/createUniverse.ts";
import { createInProcessChannel } from "../createInProcessChannel.ts";
import {
  type CreateUniverse,
  createUniverseHost,
  type UniverseHostOptions,
} from "./createUniverseHost.ts";
import type { UniverseReply, UniverseRequest } from "./protocol.ts";
import type { UniverseWorker } from "./UniverseWorker.ts";

/**
 * A universe "worker" on the calling thread (see createInProcessChannel): a step still runs in
 * chunks, between which the page runs (in a task of its own each, by default; tests that drive
 * a fake clock pass `queueMicrotask`, so that every reply arrives within microtasks). `paint`
 * paints its pictures as a worker's would (the page passes createBitmapPainter's, so that
 * trails show there too).
 */
export function createInProcessUniverseWorker(
  create: CreateUniverse = createUniverse,
  chunkMillis?: number,
  schedule: (task: () => void) => void = (task) => setTimeout(task, 0),
  paint?: UniverseHostOptions["paint"],
): UniverseWorker {
  return createInProcessChannel<UniverseRequest, UniverseReply>((post, open) =>
    createUniverseHost(post, {
      create,
      ...(chunkMillis === undefined ? {} : { chunkMillis }),
      ...(paint && { paint }),
      yieldToMessages: (task) =>
        schedule(() => {
          if (open()) task();
        }),
    }),
  );
}
