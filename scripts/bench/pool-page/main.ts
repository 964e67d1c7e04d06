// The page of `poolBrowser.ts`: the worker pool in Chromium on real module Web Workers
// (band.worker.ts as Vite serves it), checked against the interpreter, then benchmarked.
import { CoroutineEngine, Grid, PackedCells, type Topology } from "../../../src/engine/index.ts";
import { cellProgramOf, parseRule } from "../../../src/rules/index.ts";
import {
  createBandWorker,
  createSimulationPool,
  type PoolEngine,
  type PoolMode,
} from "../../../src/worker/pool/index.ts";
import { createUniverseWorker } from "../../../src/worker/universe/createUniverseWorker.ts";
import { benchKernels } from "../benchKernels.ts";
import { benchPool } from "../benchPool.ts";
import { benchPooledUniverse } from "../benchPooledUniverse.ts";

/** Mismatches between the pool and the interpreter on small soups, as readable lines. */
async function verify(modes: readonly PoolMode[]): Promise<string[]> {
  const problems: string[] = [];
  const rule = parseRule("B3/S23").rule;
  for (const mode of modes) {
    for (const engine of ["fast", "coroutine"] as PoolEngine[]) {
      for (const topology of ["torus", "plane"] as Topology[]) {
        for (const workers of [1, 2, 3]) {
          const [width, height] = [37, 23];
          const cells = Uint8Array.from({ length: width * height }, (_, i) =>
            (i * 7919) % 5 < 2 ? 1 : 0,
          );
          const pool = createSimulationPool({
            workers,
            mode,
            engine,
            createWorker: createBandWorker,
          });
          const words = PackedCells.fromBytes(cells, width, height).words;
          pool.load({ width, height, topology, rule, words, generation: 0 }, 1);
          const reference = new CoroutineEngine(
            new Grid(height, width, topology, cells),
            cellProgramOf(rule),
          );
          const result = await pool.step(25);
          reference.step(25);
          const actual = new PackedCells(width, height, result.words).toBytes();
          if (actual.some((cell, i) => cell !== reference.grid.cells[i])) {
            problems.push(`${mode} ${engine} ${topology} on ${workers} workers differs`);
          }
          pool.dispose();
        }
      }
    }
  }
  return problems;
}

async function run(runs: number, millis: number) {
  const modes: PoolMode[] = crossOriginIsolated ? ["shared", "transfer"] : ["transfer"];
  const problems = await verify(modes);
  const rows = await benchPool(runs, millis, createBandWorker, modes);
  return {
    crossOriginIsolated,
    hardwareConcurrency: navigator.hardwareConcurrency,
    userAgent: navigator.userAgent,
    problems,
    rows,
  };
}

(window as unknown as { runPoolBench: typeof run }).runPoolBench = run;
// The band pool inside the universe worker against the pool driven directly (`--only universe-pool`).
(window as unknown as { runUniversePoolBench: (runs: number) => unknown }).runUniversePoolBench = (
  runs: number,
) => benchPooledUniverse(runs, { band: createBandWorker, universe: createUniverseWorker });
// The fast kernels on the page's thread, for `npm run bench:browser`'s same-run baseline.
(window as unknown as { runKernelBench: typeof benchKernels }).runKernelBench = benchKernels;
