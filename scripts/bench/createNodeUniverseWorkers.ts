import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import type { UniverseWorker } from "../../src/worker/universe/UniverseWorker.ts";

let bundle: Promise<string> | undefined;

/**
 * A factory of universe workers on Node worker threads, for tests and benchmarks: the host is
 * bundled with esbuild once per process (as createNodeBandWorkers does for band workers).
 * `chunkMillis` makes the host's chunks that long, to test a worker that is slow to stop.
 */
export async function createNodeUniverseWorkers(
  chunkMillis?: number,
): Promise<() => UniverseWorker> {
  bundle ??= bundleWorker();
  const code = await bundle;
  return () => fromNodeWorker(new Worker(code, { eval: true, workerData: { chunkMillis } }));
}

async function bundleWorker(): Promise<string> {
  const result = await build({
    entryPoints: [resolve("scripts/bench/nodeUniverseWorker.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "error",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no universe worker");
  return output.text;
}

function fromNodeWorker(worker: Worker): UniverseWorker {
  let terminated = false;
  return {
    where: "worker",
    post: (request, transfer = []) => worker.postMessage(request, transfer),
    listen(onReply, onError) {
      worker.on("message", onReply);
      worker.on("error", onError);
      worker.on("exit", (code) => {
        if (!terminated) onError(new Error(`a universe worker exited with code ${code}`));
      });
    },
    terminate() {
      terminated = true;
      void worker.terminate();
    },
  };
}
