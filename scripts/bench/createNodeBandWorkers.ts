import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import type { PoolWorker } from "../../src/worker/pool/index.ts";

let bundle: Promise<string> | undefined;

/**
 * A factory of band workers on Node worker threads, for `createSimulationPool` in benchmarks
 * and tests. Node cannot start a worker from TypeScript, so nodeBandWorker.ts is bundled with
 * esbuild (once per process, in memory, about 20 ms) and each worker evaluates the bundle.
 * Paths are from the repository root, where npm and Vitest run.
 */
export async function createNodeBandWorkers(): Promise<() => PoolWorker> {
  bundle ??= bundleWorker();
  const code = await bundle;
  return () => fromNodeWorker(new Worker(code, { eval: true }));
}

async function bundleWorker(): Promise<string> {
  const result = await build({
    entryPoints: [resolve("scripts/bench/nodeBandWorker.ts")],
    bundle: true,
    platform: "node",
    // CommonJS: an evaluated worker is a script, where `require` exists and `import` does not.
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "error",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no band worker");
  return output.text;
}

function fromNodeWorker(worker: Worker): PoolWorker {
  let terminated = false;
  return {
    where: "worker",
    post: (request, transfer) => worker.postMessage(request, transfer),
    listen(onReply, onError) {
      worker.on("message", onReply);
      worker.on("error", onError);
      worker.on("exit", (code) => {
        if (!terminated) onError(new Error(`a band worker exited with code ${code}`));
      });
    },
    terminate() {
      terminated = true;
      void worker.terminate();
    },
  };
}
