import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import { fromNodeWorker, type NodeThreadWorker } from "./nodeThreadWorker.ts";

export type { NodeThreadWorker } from "./nodeThreadWorker.ts";

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
  const code = await workerBundle(entry, name);
  return () => fromNodeWorker(new Worker(code, { eval: true, workerData }), name);
}

/**
 * The bundled code of the worker entry `entry` (see createNodeThreadWorkers), for a worker that
 * starts workers of its own (the universe worker's band workers), which cannot run esbuild.
 */
export function workerBundle(entry: string, name: string): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = bundleWorker(entry, name);
    bundles.set(entry, bundle);
  }
  return bundle;
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
