import type { BandReply, BandRequest } from "./protocol.ts";

/**
 * A band worker as the pool sees it, whatever runs it: a Web Worker (`createBandWorker`), a
 * Node worker thread (scripts/bench/createNodeWorker.ts) or the calling thread
 * (`createInProcessWorker`). Each runs `createBandHost`.
 */
export interface PoolWorker {
  /** "main thread" workers cannot block, so a pool of them runs in `transfer` mode. */
  readonly where: "worker" | "main thread";
  /** Sends a request; the buffers in `transfer` move to the worker. */
  post(request: BandRequest, transfer: ArrayBuffer[]): void;
  /** Sets the one listener for replies and the one for the worker failing outright. */
  listen(onReply: (reply: BandReply) => void, onError: (error: Error) => void): void;
  terminate(): void;
}
