// npm run bench:browser [-- --json] [--runs N] [--seconds S] [--only TEXT] [--minutes M]
//   [--memory-step K] [--port P] [--trace]
// Builds the app, serves it with `vite preview`, drives it in Debian's Chromium and measures
// what a user feels: frames per second on the main thread while the simulation auto-plays,
// the longest main-thread task (PerformanceObserver long tasks), and generations per second.
// On the infinite plane (benchPlane.ts): the Gosper gun at 2^20 generations a frame, the
// 20-cell breeder zoomed out past generation 2^30, and a memory run of the breeder at full
// speed for M minutes (default 1) sampling the page's and workers' memory. With --trace, a
// Chromium trace of each of these tells the CPU time of the main thread's long tasks: on a
// loaded machine a task can last 50 ms while the thread works for 2 (it waits for a core).
// Then, in the same browser, the fast kernels on one thread of a page (pool-page/): the
// byte-per-cell kernel is the baseline each scenario's cell updates per second are set against.
import { type ChildProcess, execSync, spawn } from "node:child_process";
import { chromium, type Page } from "playwright-core";
import {
  byteKernelRate,
  formatKernelRows,
  formatRatio,
  type KernelBench,
} from "./bench/benchKernels.ts";
import {
  countFrames,
  formatMemoryRun,
  formatPlaneResult,
  MEMORY_SCENARIO,
  type MemoryRunResult,
  measureMemoryRun,
  measurePlane,
  PLANE_SCENARIOS,
  type PlaneResult,
  readGeneration,
} from "./bench/benchPlane.ts";
import { CHROMIUM_ARGS, findChromium, waitForServer } from "./bench/chromiumArgs.ts";
import { readOption } from "./bench/readOption.ts";
import { servePoolPage } from "./bench/servePoolPage.ts";
import { type Summary, summarize } from "./bench/summarize.ts";

interface Scenario {
  readonly name: string;
  /** Query parameters that set the scenario up (see README). */
  readonly query: string;
  /** Cells in the grid, to turn generations into cell updates. */
  readonly cells: number;
}

interface ScenarioResult {
  readonly scenario: string;
  readonly framesPerSecond: Summary;
  readonly generationsPerSecond: Summary;
  readonly longestTaskMillis: number;
  readonly longTasks: number;
  /** What the page says runs. */
  readonly engine: string;
  /** JS memory of the page and its workers (measureUserAgentSpecificMemory), in MB. */
  readonly memoryMB?: number;
  /** Median generations per second times the grid's cells, and that over the byte kernel's. */
  readonly cellUpdatesPerSecond: number;
  readonly ratioToBytes?: number;
}

const argv = process.argv.slice(2);
const json = argv.includes("--json");
const trace = argv.includes("--trace");
const runs = Number(readOption("--runs") ?? 5);
const seconds = Number(readOption("--seconds") ?? 3);
const minutes = Number(readOption("--minutes") ?? 1);
const memoryStep = Number(readOption("--memory-step") ?? 10);
const PORT = Number(readOption("--port") ?? 4179);
const KERNEL_PAGE_PORT = PORT + 1;
/** Built apart from `dist/`, which the end-to-end tests build and serve. */
const OUT_DIR = ".vite/bench-dist";
const SCENARIOS: readonly Scenario[] = [
  {
    name: "256x256 torus, coroutine interpreter, max speed",
    query: "size=256x256&random=0.5&seed=1&engine=coroutine&speed=max&step=1",
    cells: 256 * 256,
  },
  {
    name: "1024x1024 torus, fast kernel, 16 generations per frame",
    query: "size=1024x1024&random=0.5&seed=1&speed=max&step=16",
    cells: 1024 * 1024,
  },
  {
    name: "4096x4096 torus, fast kernel, 1 generation per frame",
    query: "size=4096x4096&random=0.5&seed=1&speed=max&step=1",
    cells: 4096 * 4096,
  },
  {
    name: "16384x16384 torus, fast kernel, 1 generation per frame",
    query: "size=16384x16384&random=0.5&seed=1&speed=max&step=1",
    cells: 16384 * 16384,
  },
];
/** Runs only the scenarios whose name contains this text. */
const only = readOption("--only");

execSync(`npx vite build --logLevel error --outDir ${OUT_DIR} --emptyOutDir`, { stdio: "inherit" });
const server = spawn(
  "npx",
  [
    "vite",
    "preview",
    "--outDir",
    OUT_DIR,
    "--port",
    String(PORT),
    "--strictPort",
    "--host",
    "127.0.0.1",
  ],
  {
    stdio: "ignore",
    detached: true,
  },
);
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    // Memory measured at once rather than at the next garbage collection.
    args: [...CHROMIUM_ARGS, "--enable-blink-features=ForceEagerMeasureMemory"],
  });
  const open = async (query: string) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${PORT}/?${query}`);
    await page.locator("html[data-ready=true]").waitFor({ timeout: 120_000 });
    return page;
  };
  const chosen = (name: string) => !only || name.includes(only);
  const results: ScenarioResult[] = [];
  for (const scenario of SCENARIOS.filter((s) => chosen(s.name))) {
    const page = await open(scenario.query);
    results.push(await measure(page, scenario));
    await page.close();
  }
  const plane: PlaneResult[] = [];
  for (const scenario of PLANE_SCENARIOS.filter((s) => chosen(s.name))) {
    const page = await open(scenario.query);
    plane.push(await measurePlane(page, scenario, runs, seconds, trace ? browser : undefined));
    await page.close();
  }
  let memory: MemoryRunResult | undefined;
  if (chosen(MEMORY_SCENARIO.name)) {
    const page = await open(MEMORY_SCENARIO.query(memoryStep));
    memory = await measureMemoryRun(page, minutes, 15, trace ? browser : undefined);
    await page.close();
  }
  // The byte kernel is the grid scenarios' baseline: measured when one of them ran.
  const kernels = results.length > 0 ? await measureKernels(await browser.newPage()) : undefined;
  await browser.close();
  const bytes = kernels && byteKernelRate(kernels);
  report(
    results.map((r) => ({
      ...r,
      ...(bytes !== undefined && { ratioToBytes: r.cellUpdatesPerSecond / bytes }),
    })),
    kernels,
    plane,
    memory,
  );
} finally {
  stop(server);
}

async function measure(page: Page, scenario: Scenario): Promise<ScenarioResult> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForTimeout(2000); // warm up: JIT, first replies
  const fps: number[] = [];
  const gps: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = await readGeneration(page);
    const started = Date.now();
    fps.push(await countFrames(page, seconds * 1000));
    const after = await readGeneration(page);
    gps.push((Number(after - before) * 1000) / (Date.now() - started));
  }
  const longTasks = await page.evaluate(
    () => (window as unknown as { __longTasks: number[] }).__longTasks,
  );
  const engine = (await page.locator(".status-bar .info span").last().textContent()) ?? "";
  const memoryMB = await page.evaluate(async () => {
    const p = performance as unknown as {
      measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }>;
    };
    if (!p.measureUserAgentSpecificMemory || !crossOriginIsolated) return undefined;
    return (await p.measureUserAgentSpecificMemory()).bytes / 1e6;
  });
  await page.getByRole("button", { name: "Pause" }).click();
  return {
    scenario: scenario.name,
    engine,
    ...(memoryMB !== undefined && { memoryMB }),
    framesPerSecond: summarize(fps),
    generationsPerSecond: summarize(gps),
    cellUpdatesPerSecond: summarize(gps).median * scenario.cells,
    longestTaskMillis: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
  };
}

/** The fast kernels on one thread of a page in this browser, 1024x1024, as `npm run bench`. */
async function measureKernels(page: Page): Promise<KernelBench> {
  const server = await servePoolPage(KERNEL_PAGE_PORT);
  try {
    await page.goto(`http://127.0.0.1:${KERNEL_PAGE_PORT}/`);
    await page.waitForFunction(() => "runKernelBench" in window);
    return (await page.evaluate(
      ([r, m]) =>
        (
          window as unknown as { runKernelBench: (r: number, m: number) => KernelBench }
        ).runKernelBench(r, m),
      [runs, 1000] as const,
    )) as KernelBench;
  } finally {
    await page.close();
    await server.close();
  }
}

function report(
  results: ScenarioResult[],
  kernels: KernelBench | undefined,
  plane: PlaneResult[],
  memory: MemoryRunResult | undefined,
) {
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ runs, secondsPerRun: seconds, results, plane, memory, kernels })}\n`,
    );
    return;
  }
  process.stdout.write(
    `Chromium, built app, ${runs} runs of ${seconds} s each; median [min-max]\n`,
  );
  for (const r of results) {
    const f = r.framesPerSecond;
    const g = r.generationsPerSecond;
    process.stdout.write(
      `${r.scenario}\n  frames/s ${f.median.toFixed(1)} [${f.min.toFixed(1)}-${f.max.toFixed(1)}]` +
        `  generations/s ${g.median.toFixed(1)} [${g.min.toFixed(1)}-${g.max.toFixed(1)}]` +
        `  long tasks ${r.longTasks}, longest ${r.longestTaskMillis.toFixed(0)} ms` +
        `\n  cell updates/s ${r.cellUpdatesPerSecond.toExponential(2)}` +
        (r.ratioToBytes === undefined ? "" : ` = ${formatRatio(r.ratioToBytes)} the byte kernel`) +
        (r.memoryMB === undefined ? "" : `  memory ${r.memoryMB.toFixed(0)} MB`) +
        `\n  engine: ${r.engine}\n`,
    );
  }
  for (const r of plane) process.stdout.write(formatPlaneResult(r));
  if (memory) process.stdout.write(formatMemoryRun(memory));
  if (kernels) {
    process.stdout.write(
      `In this Chromium, on the page's thread:\n${formatKernelRows(kernels, runs, 1000)}`,
    );
  }
}

function stop(child: ChildProcess) {
  if (child.pid) process.kill(-child.pid, "SIGTERM");
}
