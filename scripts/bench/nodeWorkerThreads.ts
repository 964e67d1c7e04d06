import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";

/** A worker as the pool and the universe client see one (PoolWorker, UniverseWorker). */
export interface NodeThreadWorker<Request, Reply> {
  readonly where: "worker";
  post(request: Request, transfer?: ArrayBuffer[]): void;
  listen(onReply: (reply: Reply) => void, onError: (error: Error) => void): void;
  terminate(): void;
}

const bundles = new Map<string, Promise<string>>();

/**
 * A factory of workers on Node worker threads running `entry` (a path from the repository
 * root, where npm and Vitest run), for tests and benchmarks. Node cannot start a worker from
 * TypeScript, so the entry is bundled with esbuild (once per process, in memory, about 20 ms)
 * and each worker evaluates the bundle; `workerData` reaches it as Node's `workerData`.
 */
export async function createNodeThreadWorkers<Request, Reply>(
  entry: string,
  name: string,
  workerData?: unknown,
): Promise<() => NodeThreadWorker<Request, Reply>> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = bundleWorker(entry, name);
    bundles.set(entry, bundle);
  }
  const code = await bundle;
  return () => fromNodeWorker(new Worker(code, { eval: true, workerData }), name);
}

async function bundleWorker(entry: string, name: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    platform: "node",
    // CommonJS: an evaluated worker is a script, where `require` exists and `import` does not.
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "error",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no ${name}`);
  return output.text;
}

function fromNodeWorker<Request, Reply>(
  worker: Worker,
  name: string,
): NodeThreadWorker<Request, Reply> {
  let terminated = false;
  return {
    where: "worker",
    post: (request, transfer = []) => worker.postMessage(request, transfer),
    listen(onReply, onError) {
      worker.on("message", onReply);
      worker.on("error", onError);
      worker.on("exit", (code) => {
        if (!terminated) onError(new Error(`a ${name} exited with code ${code}`));
      });
    },
    terminate() {
      terminated = true;
      void worker.terminate();
    },
  };
}
