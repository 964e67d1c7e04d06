// A universe worker on a Node worker thread: the same host as the page's universe.worker.ts,
// on parentPort instead of `self`. Bundled and started by createNodeUniverseWorkers;
// `workerData.chunkMillis` (tests only) makes its chunks long, as a slow engine's would be;
// `workerData.bandWorker`, the bundled band worker's code, puts bounded grids on a band pool of
// nested worker threads, as the page's universe worker starts nested Web Workers.
import { parentPort, Worker, workerData } from "node:worker_threads";
import { createUniverse } from "../../src/universe/createUniverse.ts";
import type { BandReply, BandRequest } from "../../src/worker/pool/protocol.ts";
import { createPooledSpaces } from "../../src/worker/universe/createPooledSpaces.ts";
import { createUniverseHost } from "../../src/worker/universe/createUniverseHost.ts";
import { fromNodeWorker } from "./nodeThreadWorker.ts";

const port = parentPort;
if (!port) throw new Error("nodeUniverseWorker.ts runs in a worker thread");
const data = workerData as
  | { chunkMillis?: number; bandWorker?: string; workers?: number }
  | undefined;
const chunkMillis = data?.chunkMillis;
const bandWorker = data?.bandWorker;
const spaces =
  bandWorker === undefined
    ? undefined
    : createPooledSpaces({
        createWorker: () =>
          fromNodeWorker<BandRequest, BandReply>(
            new Worker(bandWorker, { eval: true }),
            "band worker",
          ),
        ...(data?.workers === undefined ? {} : { workers: data.workers }),
      });
// No painter here, so no bitmaps: only buffers are transferred.
const handle = createUniverseHost(
  (reply, transfer) => port.postMessage(reply, transfer as ArrayBuffer[]),
  {
    create: spaces?.create ?? createUniverse,
    ...(spaces && { resizePool: spaces.resize }),
    ...(chunkMillis === undefined ? {} : { chunkMillis }),
    // setImmediate runs after the messages already waiting, with no timer clamp.
    yieldToMessages: (task) => setImmediate(task),
  },
);
port.on("message", handle);
