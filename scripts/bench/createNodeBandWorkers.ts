import type { PoolWorker } from "../../src/worker/pool/index.ts";
import type { BandReply, BandRequest } from "../../src/worker/pool/protocol.ts";
import { createNodeThreadWorkers } from "./nodeWorkerThreads.ts";

/** A factory of band workers on Node worker threads, for `createSimulationPool` in benchmarks and tests. */
export async function createNodeBandWorkers(): Promise<() => PoolWorker> {
  return createNodeThreadWorkers<BandRequest, BandReply>(
    "scripts/bench/nodeBandWorker.ts",
    "band worker",
  );
}
