/// <reference lib="webworker" />
// The codec worker: reads and writes share links and RLE files of big grids off the page's
// thread. One job per worker, so cancelling a job is terminating its worker.
import type { CodecRequest } from "./protocol.ts";
import { runCodecJob } from "./runCodecJob.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<CodecRequest>) =>
  void runCodecJob(event.data, (reply, transfer = []) => scope.postMessage(reply, transfer));
