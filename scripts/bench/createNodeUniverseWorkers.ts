import type { UniverseReply, UniverseRequest } from "../../src/worker/universe/protocol.ts";
import type { UniverseWorker } from "../../src/worker/universe/UniverseWorker.ts";
import { createNodeThreadWorkers } from "./nodeWorkerThreads.ts";

/**
 * A factory of universe workers on Node worker threads, for tests and benchmarks.
 * `chunkMillis` makes the host's chunks that long, to test a worker that is slow to stop.
 */
export async function createNodeUniverseWorkers(
  chunkMillis?: number,
): Promise<() => UniverseWorker> {
  return createNodeThreadWorkers<UniverseRequest, UniverseReply>(
    "scripts/bench/nodeUniverseWorker.ts",
    "universe worker",
    { chunkMillis },
  );
}
