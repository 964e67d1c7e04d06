import type { CodecReply, CodecRequest } from "./protocol.ts";
import { CodecCancelled, type CodecJob, type CodecResult, startCodecJob } from "./startCodecJob.ts";

/**
 * The codec worker Identify keeps between runs: starting a module worker (and compiling the
 * engines' wasm in it) costs more than identifying a small oscillator, so it is started once
 * and reused; cancelling a run terminates it, and the next run starts another.
 */
let kept: Worker | null = null;
/** The run the kept worker is busy with: a second one waits for it (the page cancels first). */
let busy: Promise<unknown> = Promise.resolve();

/**
 * Runs an Identify request in the kept codec worker (on this thread where there are no
 * workers: Node, the unit tests), passing progress (0..1) to `onProgress`.
 */
export function startIdentifyJob(
  request: Extract<CodecRequest, { kind: "identify" }>,
  transfer: Transferable[],
  onProgress?: (fraction: number) => void,
): CodecJob<CodecResult> {
  if (typeof Worker === "undefined") return startCodecJob(request, transfer, onProgress, true);
  let cancel = () => {};
  const result = new Promise<CodecResult>((resolve, reject) => {
    const onReply = (reply: CodecReply) => {
      if (reply.kind === "progress") onProgress?.(reply.fraction);
      else resolve(reply);
    };
    let cancelled = false;
    cancel = () => {
      cancelled = true;
      reject(new CodecCancelled());
    };
    const start = () => {
      if (cancelled) return;
      // Written literally so Vite recognises and bundles the worker.
      kept ??= new Worker(new URL("./codec.worker.ts", import.meta.url), { type: "module" });
      const worker = kept;
      const drop = () => {
        worker.terminate();
        if (kept === worker) kept = null;
      };
      worker.onmessage = (event: MessageEvent<CodecReply>) => onReply(event.data);
      worker.onerror = (event) => {
        drop();
        reject(new Error(event.message || "the codec worker failed"));
      };
      cancel = () => {
        drop();
        reject(new CodecCancelled());
      };
      worker.postMessage(request, transfer);
    };
    busy = busy.then(start);
  });
  busy = result.catch(() => undefined);
  return { result, cancel: () => cancel() };
}
