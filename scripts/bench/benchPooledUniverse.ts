import { fillRandom, PackedCells } from "../../src/engine/index.ts";
import { parseRule } from "../../src/rules/index.ts";
import {
  createSimulationPool,
  type PoolWorker,
  type SimulationPool,
} from "../../src/worker/pool/index.ts";
import { createUniverseClient } from "../../src/worker/universe/createUniverseClient.ts";
import type { UniverseWorker } from "../../src/worker/universe/UniverseWorker.ts";
import { type Summary, summarize } from "./summarize.ts";

export interface PooledUniverseRow {
  /** `pool directly` (the baseline: as the page drives it today) or `universe worker`. */
  readonly setup: string;
  readonly workers: number;
  /** What the bands ran, as the pool reports it. */
  readonly kernel: string;
  /** Generations per second over each run of GENERATIONS. */
  readonly generationsPerSecond: Summary;
  /** This row's rate over the pool driven directly on as many workers, run by run. */
  readonly pairedRatio?: Summary;
}

const SIZE = 4096;
const GENERATIONS = 100;
/** The calls the page makes of the pool directly at full speed on this grid (benchPool's). */
const PER_CALL = 20;
const SEED = 20261129;

interface Runner {
  readonly setup: string;
  readonly workers: number;
  kernel: string;
  /** Runs GENERATIONS generations; resolves with the milliseconds they took. */
  run(): Promise<number>;
  dispose(): void;
}

/** Where the workers come from: Node worker threads, or Web Workers in a page. */
export interface PooledUniverseWorkers {
  /** A band worker, for the pool driven directly. */
  readonly band: () => PoolWorker;
  /** A universe worker that steps bounded grids on band workers of its own. */
  readonly universe: () => UniverseWorker;
}

/**
 * A 4096x4096 B3/S23 torus soup (density 0.35, `fillRandom`) run 100 generations at a time on the
 * band pool, on 1 and 2 band workers, two ways: the pool driven directly as the page drives it
 * today (calls of 20 generations, each waiting for the cells), the baseline; and a universe
 * worker holding the grid as a pooled universe, its band workers nested workers of its own,
 * asked for 100 generations by the universe client (the host's chunks, the cells copied back
 * after each). Runs interleaved, every configuration once per round, after one round of
 * warm-up; each row's ratio to the direct pool on as many workers is paired by round.
 */
export async function benchPooledUniverse(
  runs: number,
  workersFrom: PooledUniverseWorkers,
): Promise<PooledUniverseRow[]> {
  const rule = parseRule("B3/S23").rule;
  const soup = new PackedCells(SIZE, SIZE);
  fillRandom(soup, 0.35, SEED);
  const runners: Runner[] = [];
  for (const workers of [1, 2]) {
    const pool: SimulationPool = createSimulationPool({
      workers,
      createWorker: workersFrom.band,
      mode: "shared",
    });
    const world = { width: SIZE, height: SIZE, topology: "torus" as const, rule, generation: 0 };
    pool.load({ ...world, words: soup.words }, 1);
    const direct: Runner = {
      setup: "pool directly (baseline)",
      workers,
      kernel: "",
      async run() {
        const start = performance.now();
        for (let done = 0; done < GENERATIONS; done += PER_CALL) {
          direct.kernel = (await pool.step(PER_CALL)).kernel;
        }
        return performance.now() - start;
      },
      dispose: () => pool.dispose(),
    };
    const client = createUniverseClient({ createWorker: workersFrom.universe });
    await client.setWorkers(workers);
    await client.load({
      space: { kind: "torus", width: SIZE, height: SIZE },
      rule,
      engine: "fast",
      words: soup.words.slice(),
      generation: 0n,
    });
    const hosted: Runner = {
      setup: "universe worker",
      workers,
      kernel: "",
      async run() {
        const start = performance.now();
        const { status } = await client.step(BigInt(GENERATIONS));
        hosted.kernel = status.pool?.kernel ?? "";
        return performance.now() - start;
      },
      dispose: () => client.dispose(),
    };
    runners.push(direct, hosted);
  }

  for (const runner of runners) await runner.run(); // warm up: workers started, JIT, wasm
  const samples = runners.map((): number[] => []);
  for (let round = 0; round < runs; round++) {
    for (const [i, runner] of runners.entries()) {
      samples[i]?.push((GENERATIONS * 1000) / (await runner.run()));
    }
  }
  for (const runner of runners) runner.dispose();

  return runners.map((runner, i) => {
    const rates = samples[i] ?? [];
    const baseline = runners.findIndex(
      (r) => r.workers === runner.workers && r.setup !== "universe worker",
    );
    const paired =
      baseline === i
        ? undefined
        : rates.map((rate, round) => rate / (samples[baseline]?.[round] ?? Number.NaN));
    return {
      setup: runner.setup,
      workers: runner.workers,
      kernel: runner.kernel,
      generationsPerSecond: summarize(rates),
      ...(paired && { pairedRatio: summarize(paired) }),
    };
  });
}

/** The rows as text for `npm run bench`. */
export function formatPooledUniverseRows(
  rows: readonly PooledUniverseRow[],
  runs: number,
  where = "Node worker threads",
): string {
  const lines = [
    `Band pool inside the universe worker, ${SIZE}x${SIZE} B3/S23 torus soup, ${GENERATIONS} generations a run, ` +
      `${runs} runs interleaved, ${where}; generations/s, median [min-max]`,
  ];
  for (const r of rows) {
    const g = r.generationsPerSecond;
    const p = r.pairedRatio;
    const ratio = p
      ? `  ${p.median.toFixed(2)}x the pool directly [${p.min.toFixed(2)}-${p.max.toFixed(2)}]`
      : "";
    lines.push(
      `${r.setup.padEnd(26)} ${`${r.workers} worker${r.workers > 1 ? "s" : ""}`.padEnd(10)} ${r.kernel.padEnd(6)}` +
        `${g.median.toFixed(1).padStart(8)} [${g.min.toFixed(1)}-${g.max.toFixed(1)}]${ratio}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
