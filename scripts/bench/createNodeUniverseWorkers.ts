import type { UniverseReply, UniverseRequest } from "../../src/worker/universe/protocol.ts";
import type { UniverseWorker } from "../../src/worker/universe/UniverseWorker.ts";
import { createNodeThreadWorkers, workerBundle } from "./nodeWorkerThreads.ts";

/**
 * A factory of universe workers on Node worker threads, for tests and benchmarks.
 * `chunkMillis` makes the host's chunks that long, to test a worker that is slow to stop.
 * `pool.workers` puts bounded grids on a band pool of that many nested worker threads, as the
 * page's universe worker does (without it they run on the universe worker's thread).
 */
export async function createNodeUniverseWorkers(
  chunkMillis?: number,
  pool?: { readonly workers: number },
): Promise<() => UniverseWorker> {
  const bandWorker = pool
    ? await workerBundle("scripts/bench/nodeBandWorker.ts", "band worker")
    : undefined;
  return createNodeThreadWorkers<UniverseRequest, UniverseReply>(
    "scripts/bench/nodeUniverseWorker.ts",
    "universe worker",
    { chunkMillis, bandWorker, workers: pool?.workers },
  );
}
