// A universe worker on a Node worker thread: the same host as the page's universe.worker.ts,
// on parentPort instead of `self`. Bundled and started by createNodeUniverseWorkers;
// `workerData.chunkMillis` (tests only) makes its chunks long, as a slow engine's would be.
import { parentPort, workerData } from "node:worker_threads";
import { createUniverse } from "../../src/universe/createUniverse.ts";
import { createUniverseHost } from "../../src/worker/universe/createUniverseHost.ts";

const port = parentPort;
if (!port) throw new Error("nodeUniverseWorker.ts runs in a worker thread");
const chunkMillis = (workerData as { chunkMillis?: number } | undefined)?.chunkMillis;
// No painter here, so no bitmaps: only buffers are transferred.
const handle = createUniverseHost(
  (reply, transfer) => port.postMessage(reply, transfer as ArrayBuffer[]),
  {
    create: createUniverse,
    ...(chunkMillis === undefined ? {} : { chunkMillis }),
    // setImmediate runs after the messages already waiting, with no timer clamp.
    yieldToMessages: (task) => setImmediate(task),
  },
);
port.on("message", handle);
