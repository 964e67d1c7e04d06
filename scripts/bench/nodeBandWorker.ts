// A band worker of the simulation pool on a Node worker thread: the same host as the page's
// band.worker.ts, on parentPort instead of `self`. Bundled and started by createNodeBandWorkers.
import { parentPort } from "node:worker_threads";
import { createBandHost } from "../../src/worker/pool/createBandHost.ts";

const port = parentPort;
if (!port) throw new Error("nodeBandWorker.ts runs in a worker thread");
const handle = createBandHost((reply, transfer) => port.postMessage(reply, transfer));
port.on("message", handle);
