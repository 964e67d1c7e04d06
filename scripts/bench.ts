// npm run bench [-- --json] [--runs N] [--millis M]
//   [--only coroutine|kernels|table-kernel|pool|universe-pool|formats|infinite|tiles|bounded|surfaces|generations|ltl|trace|user-rules|tubes|identify|trails|population|timeline]
// Ticks per second of the coroutine engine on torus soups, median of several runs with min and
// max, beside a plain-loop baseline measured in the same run; then the worker pool: the fast
// kernel on 4096x4096 and the coroutine interpreter on 256x256, on 1 and 2 workers; and the
// fast kernels on one thread against the byte-per-cell kernel; then rules that are not Life-like
// on the table kernel against B3/S23 on the wasm kernel; then the band pool inside the
// universe worker against the pool driven directly, on a 4096x4096 soup; then reading a soup's RLE densely
// and sparsely against parseRle; then the infinite plane: HashLife on the Gosper gun to 2^50 and
// the R-pentomino, beside the bounded wasm kernel; then the tiled stepper on a 2048x2048 soup
// against the wasm torus kernel; then the bounded universe on 2048² and 16384² soups against the
// page's PackedCells: loading words, snapshots, pictures, population, bounds; then Golly's other
// surfaces (shifted torus, Klein bottle, cross-surface, sphere) on the fast kernels against the
// plain torus; then the multi-state kernels (Generations, LifeHistory, LifeSuper) on 1024x1024
// torus soups beside B3/S23 on the wasm kernel; then Larger than Life on the range kernels at
// ranges 1, 5 and 50, beside B3/S23 on the wasm Life kernel; then the Inspector's tracer and
// Watch mode's walk beside the coroutine engine; then user-written rules: checking and
// compiling a gameLogic rule, and a user's coroutine on the sandbox's interpreter at 256x256,
// beside the built-in compiler and interpreter on the same rules; then a tube (`:T0,512`) on the
// fast kernels against a bounded torus of the size its grid grows to; then Identify on every
// library oscillator and spaceship beside stepping the same generations bare; then painting a
// screenful picture with trails against without; then the population
// graph: what recording every generation's population costs a run, beside the same run
// unrecorded, and reducing a million points to pixel columns and writing them as CSV; then stepping back one
// generation on a 2048x2048 soup through the universe host on the band pool (its run timeline),
// beside one forward step (the memory of a long run: scripts/bench/timelineMemory.ts).
import { CoroutineEngine } from "../src/engine/index.ts";
import { cellProgramOf } from "../src/rules/cellProgramOf.ts";
import { createGameLogic, parseRule } from "../src/rules/index.ts";
import { createInProcessWorker } from "../src/worker/pool/createInProcessWorker.ts";
import { benchBounded, formatBoundedRows } from "./bench/benchBounded.ts";
import { benchFormats, formatFormatRows } from "./bench/benchFormats.ts";
import { benchGenerations, formatGenerationsRows } from "./bench/benchGenerations.ts";
import { benchIdentify, formatIdentifyRows } from "./bench/benchIdentify.ts";
import { benchInfinite, formatInfiniteRows } from "./bench/benchInfinite.ts";
import { benchKernels, byteKernelRate, formatKernelRows } from "./bench/benchKernels.ts";
import { benchLtl, formatLtlRows } from "./bench/benchLtl.ts";
import { benchPool } from "./bench/benchPool.ts";
import { benchPooledUniverse, formatPooledUniverseRows } from "./bench/benchPooledUniverse.ts";
import { benchGraphData, benchRecording, formatPopulationRows } from "./bench/benchPopulation.ts";
import { benchSurfaces, formatSurfaceRows } from "./bench/benchSurfaces.ts";
import { benchTableKernel, formatTableKernelRows } from "./bench/benchTableKernel.ts";
import { benchTiles, formatTileRows } from "./bench/benchTiles.ts";
import { benchTimeline, formatTimelineRows } from "./bench/benchTimeline.ts";
import { benchTrace, formatTraceRows } from "./bench/benchTrace.ts";
import { benchTrails, formatTrailRows } from "./bench/benchTrails.ts";
import { benchTubes, formatTubeRows } from "./bench/benchTubes.ts";
import { benchUserRules, formatUserRulesRows } from "./bench/benchUserRules.ts";
import { createNodeBandWorkers } from "./bench/createNodeBandWorkers.ts";
import { createNodeUniverseWorkers } from "./bench/createNodeUniverseWorkers.ts";
import { createSoup } from "./bench/createSoup.ts";
import { formatPoolRows } from "./bench/formatPoolRows.ts";
import { readOption } from "./bench/readOption.ts";
import { stepDirect } from "./bench/stepDirect.ts";
import { measureRate, type Summary, summarize } from "./bench/summarize.ts";

interface Row {
  readonly engine: string;
  readonly size: number;
  readonly ticksPerSecond: Summary;
  readonly nsPerCell: number;
  readonly ratioToBaseline?: number;
}

const argv = process.argv.slice(2);
const json = argv.includes("--json");
const runs = Number(readOption("--runs") ?? 7);
const millis = Number(readOption("--millis") ?? 1000);
const only = readOption("--only");
const life = parseRule("B3/S23").rule;
const program = cellProgramOf(life);
const gameLogic = createGameLogic(life);
const rows: Row[] = [];

for (const size of only === undefined || only === "coroutine" ? [64, 128, 256] : []) {
  const soup = createSoup(size, 20261121);
  const engine = new CoroutineEngine(soup, program);
  engine.step(3); // warm up: let the JIT optimise before measuring
  const coroutine = summarize(sample(() => engine.step()));

  let current = soup.clone();
  let spare = soup.emptyLike();
  const direct = summarize(
    sample(() => {
      stepDirect(current, spare, gameLogic);
      [current, spare] = [spare, current];
    }),
  );
  rows.push(row("coroutine", size, coroutine, direct));
  rows.push(row("direct loop (baseline)", size, direct));
}

const kernels = only === undefined || only === "kernels" ? benchKernels(runs, millis) : undefined;
const tableKernel =
  only === undefined || only === "table-kernel" ? benchTableKernel(runs, millis) : undefined;
const pool =
  only === undefined || only === "pool"
    ? await benchPool(runs, millis, await createNodeBandWorkers())
    : undefined;
const universePool =
  only === undefined || only === "universe-pool"
    ? await benchPooledUniverse(runs, {
        band: await createNodeBandWorkers(),
        universe: await createNodeUniverseWorkers(undefined, { workers: 1 }),
      })
    : undefined;
const formats = only === undefined || only === "formats" ? benchFormats(runs) : undefined;
const infinite = only === undefined || only === "infinite" ? benchInfinite(runs) : undefined;
const tiles = only === undefined || only === "tiles" ? benchTiles(Math.min(runs, 5)) : undefined;
const bounded = only === undefined || only === "bounded" ? benchBounded(runs) : undefined;
const surfaces =
  only === undefined || only === "surfaces"
    ? benchSurfaces(runs, Math.min(millis, 500))
    : undefined;
const ltl = only === undefined || only === "ltl" ? benchLtl(runs, millis) : undefined;
const generations =
  only === undefined || only === "generations" ? benchGenerations(runs, millis) : undefined;
const trace = only === undefined || only === "trace" ? benchTrace(runs, millis) : undefined;
const userRules =
  only === undefined || only === "user-rules" ? benchUserRules(runs, millis) : undefined;

const tubes =
  only === undefined || only === "tubes" ? benchTubes(runs, Math.min(millis, 500)) : undefined;
const identify = only === undefined || only === "identify" ? benchIdentify(runs) : undefined;
const trails =
  only === undefined || only === "trails" ? benchTrails(runs, Math.min(millis, 500)) : undefined;

const population =
  only === undefined || only === "population"
    ? { recording: benchRecording(runs), data: benchGraphData(runs) }
    : undefined;
const timeline =
  only === undefined || only === "timeline"
    ? await benchTimeline(runs, [
        {
          name: "in-process band workers, transferred halos",
          createWorker: createInProcessWorker,
          mode: "transfer",
        },
        {
          name: "band workers on threads, shared memory (as the app runs them)",
          createWorker: await createNodeBandWorkers(),
          mode: "shared",
        },
      ])
    : undefined;

if (json) {
  process.stdout.write(
    `${JSON.stringify({ runs, millisPerRun: millis, rows, kernels, tableKernel, pool, universePool, formats, infinite, tiles, bounded, surfaces, generations, ltl, trace, userRules, tubes, identify, trails, population, timeline })}\n`,
  );
} else {
  if (rows.length > 0) {
    process.stdout.write(
      `Torus soups, B3/S23, ${runs} runs of ~${millis} ms each; median [min-max]\n`,
    );
  }
  for (const r of rows) {
    const t = r.ticksPerSecond;
    const ratio =
      r.ratioToBaseline === undefined ? "" : `  ${r.ratioToBaseline.toFixed(3)}x baseline`;
    process.stdout.write(
      `${`${r.size}x${r.size}`.padEnd(8)} ${r.engine.padEnd(24)} ${t.median.toFixed(1).padStart(9)} ticks/s ` +
        `[${t.min.toFixed(1)}-${t.max.toFixed(1)}]  ${r.nsPerCell.toFixed(0).padStart(6)} ns/cell${ratio}\n`,
    );
  }
  if (kernels) process.stdout.write(formatKernelRows(kernels, runs, millis));
  if (tableKernel) process.stdout.write(formatTableKernelRows(tableKernel, runs, millis));
  const bytesRate = kernels && byteKernelRate(kernels);
  if (pool) {
    process.stdout.write(formatPoolRows(pool, runs, millis, "Node worker threads", bytesRate));
  }
  if (universePool) process.stdout.write(formatPooledUniverseRows(universePool, runs));
  if (formats) process.stdout.write(formatFormatRows(formats, runs));
  if (infinite) process.stdout.write(formatInfiniteRows(infinite, runs));
  if (tiles) process.stdout.write(formatTileRows(tiles, Math.min(runs, 5)));
  if (bounded) process.stdout.write(formatBoundedRows(bounded, runs));
  if (surfaces) process.stdout.write(formatSurfaceRows(surfaces, runs, Math.min(millis, 500)));
  if (generations) process.stdout.write(formatGenerationsRows(generations, runs, millis));
  if (ltl) process.stdout.write(formatLtlRows(ltl, runs, millis));
  if (trace) process.stdout.write(formatTraceRows(trace, runs, millis));
  if (userRules) process.stdout.write(formatUserRulesRows(userRules, runs, millis));
  if (tubes) process.stdout.write(formatTubeRows(tubes, runs, Math.min(millis, 500)));
  if (identify) process.stdout.write(formatIdentifyRows(identify, runs));
  if (trails) process.stdout.write(formatTrailRows(trails, runs));
  if (population) {
    process.stdout.write(formatPopulationRows(population.recording, population.data, runs));
  }
  if (timeline) process.stdout.write(formatTimelineRows(timeline, runs));
}

function sample(tick: () => void): number[] {
  return Array.from({ length: runs }, () => measureRate(tick, millis));
}

function row(engine: string, size: number, rate: Summary, baseline?: Summary): Row {
  return {
    engine,
    size,
    ticksPerSecond: rate,
    nsPerCell: 1e9 / rate.median / (size * size),
    ...(baseline && { ratioToBaseline: rate.median / baseline.median }),
  };
}
