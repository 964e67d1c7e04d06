import { CoroutineEngine, PackedCells } from "../../src/engine/index.ts";
import { compileRule } from "../../src/kernels/compileRule.ts";
import { createStepper } from "../../src/kernels/index.ts";
import { cellProgramOf } from "../../src/rules/cellProgramOf.ts";
import { parseRule } from "../../src/rules/index.ts";
import {
  createSimulationPool,
  type PoolEngine,
  type PoolMode,
  type PoolWorker,
  type SimulationPool,
} from "../../src/worker/pool/index.ts";
import { createSoup } from "./createSoup.ts";
import { measurePoolRate } from "./measurePoolRate.ts";
import { measureRate, type Summary, summarize } from "./summarize.ts";

/** One configuration's figures. */
export interface PoolRow {
  readonly size: number;
  readonly engine: PoolEngine;
  /** What ran: wasm, bits, bytes or coroutine. */
  readonly kernel: string;
  /** `one thread, no pool` is the kernel or the interpreter on the calling thread. */
  readonly setup: string;
  readonly workers: number;
  readonly mode: PoolMode | "none";
  readonly generationsPerCall: number;
  readonly generationsPerSecond: Summary;
  /** This row's median over the one-worker pool's median, same engine and size. */
  readonly ratioToOneWorker?: number;
  /**
   * This row's rate over the one-worker pool's within each run (measured a second or so apart,
   * so less swayed by a machine whose speed drifts): median, min and max over the runs.
   */
  readonly pairedRatio?: Summary;
}

interface Config {
  readonly size: number;
  readonly engine: PoolEngine;
  readonly workers: number;
  readonly mode: PoolMode | "none";
  readonly generationsPerCall: number;
}

/** 4096x4096 on the fast kernel, 256x256 on the coroutine interpreter: the figures. */
const CONFIGS: readonly Config[] = [
  { size: 4096, engine: "fast", workers: 1, mode: "none", generationsPerCall: 20 },
  { size: 4096, engine: "fast", workers: 1, mode: "shared", generationsPerCall: 20 },
  { size: 4096, engine: "fast", workers: 2, mode: "shared", generationsPerCall: 20 },
  { size: 4096, engine: "fast", workers: 2, mode: "transfer", generationsPerCall: 20 },
  { size: 256, engine: "coroutine", workers: 1, mode: "none", generationsPerCall: 1 },
  { size: 256, engine: "coroutine", workers: 1, mode: "shared", generationsPerCall: 1 },
  { size: 256, engine: "coroutine", workers: 2, mode: "shared", generationsPerCall: 1 },
  { size: 256, engine: "coroutine", workers: 2, mode: "transfer", generationsPerCall: 1 },
];

/**
 * Generations per second of the worker pool, B3/S23 torus soups, with band workers from
 * `createWorker` (Node worker threads, or Web Workers in the page): each configuration `runs`
 * times for about `millis` ms, runs interleaved (every configuration once, then again) so that
 * a busy machine slows them alike; each pool's ratio to the one-worker pool measured in the same
 * run; the same work on the calling thread without a pool (`CoroutineEngine`, or `createStepper`)
 * beside them. Each call waits for the cells, as the app does.
 */
export async function benchPool(
  runs: number,
  millis: number,
  createWorker: () => PoolWorker,
  modes: readonly PoolMode[] = ["shared", "transfer"],
): Promise<PoolRow[]> {
  const configs = CONFIGS.filter((c) => c.mode === "none" || modes.includes(c.mode));
  const rule = parseRule("B3/S23").rule;
  const program = cellProgramOf(rule);
  const compiled = compileRule(program);
  if (!compiled) throw new Error("B3/S23 does not compile");

  const runners = await Promise.all(
    configs.map(async (config) => {
      const soup = createSoup(config.size, 20261121);
      const { size } = config;
      if (config.mode === "none" && config.engine === "coroutine") {
        const engine = new CoroutineEngine(soup, program);
        const tick = () => engine.step(config.generationsPerCall);
        measureRate(tick, Math.min(millis, 300)); // warm up: let the JIT optimise
        return {
          kernel: "coroutine",
          sample: async () => measureRate(tick, millis) * config.generationsPerCall,
          dispose: () => {},
        };
      }
      if (config.mode === "none") {
        const stepper = createStepper({
          width: size,
          height: size,
          topology: "torus",
          compiled,
          cells: soup.cells,
        });
        const tick = () => stepper.step(config.generationsPerCall);
        measureRate(tick, Math.min(millis, 300)); // warm up: let the JIT optimise
        return {
          kernel: stepper.kind as string,
          sample: async () => measureRate(tick, millis) * config.generationsPerCall,
          dispose: () => stepper.dispose(),
        };
      }
      const pool: SimulationPool = createSimulationPool({
        workers: config.workers,
        createWorker,
        mode: config.mode,
        engine: config.engine,
      });
      const words = PackedCells.fromBytes(soup.cells, size, size).words;
      pool.load({ width: size, height: size, topology: "torus", rule, words, generation: 0 }, 1);
      const { kernel } = await pool.step(config.generationsPerCall);
      await measurePoolRate(pool, config.generationsPerCall, Math.min(millis, 300)); // warm up
      return {
        kernel: kernel as string,
        sample: () => measurePoolRate(pool, config.generationsPerCall, millis),
        dispose: () => pool.dispose(),
      };
    }),
  );

  const samples = configs.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    for (const [i, runner] of runners.entries()) samples[i]?.push(await runner.sample());
  }
  for (const runner of runners) runner.dispose();

  const summaries = samples.map(summarize);
  return configs.map((config, i) => {
    const rate = summaries[i] as Summary;
    const one = configs.findIndex(
      (c) =>
        c.size === config.size &&
        c.engine === config.engine &&
        c.workers === 1 &&
        c.mode !== "none",
    );
    const baseline = summaries[one];
    const isBaseline = i === one || config.mode === "none";
    const paired = (samples[i] ?? []).map(
      (rate, run) => rate / (samples[one]?.[run] ?? Number.NaN),
    );
    return {
      size: config.size,
      engine: config.engine,
      kernel: runners[i]?.kernel ?? "",
      setup:
        config.mode === "none"
          ? "one thread, no pool"
          : `pool, ${config.workers} worker${config.workers > 1 ? "s" : ""}, ${config.mode}`,
      workers: config.workers,
      mode: config.mode,
      generationsPerCall: config.generationsPerCall,
      generationsPerSecond: rate,
      ...(!isBaseline &&
        baseline && {
          ratioToOneWorker: rate.median / baseline.median,
          pairedRatio: summarize(paired),
        }),
    };
  });
}
