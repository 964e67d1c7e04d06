import type { CodecReply, CodecRequest } from "./protocol.ts";
import { runCodecJob } from "./runCodecJob.ts";

/** A job's final reply: anything but progress. */
export type CodecResult = Exclude<CodecReply, { kind: "progress" }>;

/** A job under way: its result, and a way to stop it. */
export interface CodecJob<T> {
  readonly result: Promise<T>;
  /** Stops the job (its worker is terminated); `result` then rejects with CodecCancelled. */
  cancel(): void;
}

/** What a cancelled job's result rejects with. */
export class CodecCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "CodecCancelled";
  }
}

/**
 * Runs one codec job in its own module worker (`codec.worker.ts`), passing `transfer` along
 * with the request and progress (0..1) to `onProgress`. It runs on this thread instead when
 * `onThisThread` is set (a small grid: quicker than starting a worker) or where there are no
 * workers (Node, the unit tests).
 */
export function startCodecJob(
  request: CodecRequest,
  transfer: Transferable[] = [],
  onProgress?: (fraction: number) => void,
  onThisThread = false,
): CodecJob<CodecResult> {
  let cancel = () => {};
  const result = new Promise<CodecResult>((resolve, reject) => {
    const onReply = (reply: CodecReply) => {
      if (reply.kind === "progress") onProgress?.(reply.fraction);
      else resolve(reply);
    };
    if (onThisThread || typeof Worker === "undefined") {
      let cancelled = false;
      cancel = () => {
        cancelled = true;
        reject(new CodecCancelled());
      };
      // Started after the caller has its job, so it can still cancel before any work is done.
      queueMicrotask(() => {
        if (!cancelled) void runCodecJob(request, onReply);
      });
      return;
    }
    // Written literally so Vite recognises and bundles the worker.
    const worker = new Worker(new URL("./codec.worker.ts", import.meta.url), { type: "module" });
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<CodecReply>) => {
      if (event.data.kind !== "progress") finish();
      onReply(event.data);
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || "the codec worker failed"));
    };
    cancel = () => {
      finish();
      reject(new CodecCancelled());
    };
    worker.postMessage(request, transfer);
  });
  return { result, cancel: () => cancel() };
}
