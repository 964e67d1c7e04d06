import type { UniverseReply, UniverseRequest } from "./protocol.ts";

/**
 * A universe worker as the page sees it, whatever runs it: a Web Worker
 * (`createUniverseWorker`), a Node worker thread in tests, or the calling thread
 * (`createInProcessUniverseWorker`). Each runs `createUniverseHost`.
 */
export interface UniverseWorker {
  readonly where: "worker" | "main thread";
  /** Sends a request; the buffers in `transfer` move to the worker. */
  post(request: UniverseRequest, transfer?: ArrayBuffer[]): void;
  /** Sets the one listener for replies and the one for the worker failing outright. */
  listen(onReply: (reply: UniverseReply) => void, onError: (error: Error) => void): void;
  terminate(): void;
}
