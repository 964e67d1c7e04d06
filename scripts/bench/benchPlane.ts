// The infinite plane in the built app, as a user feels it: frames per second on the main thread
// while the universe worker runs 2^k generations a request, the generations per second, the
// longest main-thread task and the memory of the page and its workers. Each scenario's frame
// rate stands beside the same page's, paused, measured in the same run: what the browser gives
// an idle app.
import type { Browser, Page } from "playwright-core";
import { formatMainThreadTrace, type MainThreadTrace, traceMainThread } from "./mainThreadTrace.ts";
import { type Summary, summarize } from "./summarize.ts";

export interface PlaneScenario {
  readonly name: string;
  /** Query parameters that open the scenario (see README); Play starts it. */
  readonly query: string;
  /** A generation to run past before measuring; the view is then fitted to the pattern. */
  readonly reach?: bigint;
}

export interface PlaneResult {
  readonly scenario: string;
  readonly framesPerSecond: Summary;
  /** The same page's frame rate while paused: the baseline. */
  readonly idleFramesPerSecond: Summary;
  readonly generationsPerSecond: Summary;
  readonly longestTaskMillis: number;
  readonly longTasks: number;
  readonly engine: string;
  /** JS memory of the page and its workers (measureUserAgentSpecificMemory), in MiB. */
  readonly memoryMiB?: number;
  /** Seconds from Play until the generation to reach was passed. */
  readonly reachSeconds?: number;
  /** The main thread's tasks in a trace over the same time as the long tasks (`--trace`). */
  readonly mainThread?: MainThreadTrace;
}

export interface MemoryRunResult {
  readonly scenario: string;
  readonly minutes: number;
  readonly engine: string;
  readonly generation: string;
  readonly samplesMiB: readonly number[];
  readonly peakMiB: number;
  readonly longestTaskMillis: number;
  readonly longTasks: number;
  readonly mainThread?: MainThreadTrace;
}

export const PLANE_SCENARIOS: readonly PlaneScenario[] = [
  {
    name: "Gosper gun, infinite plane, 2^20 generations per frame",
    query: "pattern=gosper-glider-gun&topology=infinite&speed=max&step=2^20",
  },
  {
    name: "20-cell quadratic growth zoomed out over 2^30 generations",
    query: "pattern=twenty-cell-quadratic-growth&topology=infinite&speed=max&step=2^30",
    reach: 2n ** 30n,
  },
];

/** The breeder at full speed for the memory run: its population grows as time squared. */
export const MEMORY_SCENARIO = {
  name: "memory: 20-cell quadratic growth at full speed",
  query: (stepExponent: number) =>
    `pattern=twenty-cell-quadratic-growth&topology=infinite&speed=max&step=2^${stepExponent}`,
};

const MiB = 1024 * 1024;

/**
 * Measures `scenario` on `page`; with `trace` (the page's browser), a Chromium trace over the
 * same time as the long tasks tells the CPU time of each main-thread task.
 */
export async function measurePlane(
  page: Page,
  scenario: PlaneScenario,
  runs: number,
  seconds: number,
  trace?: Browser,
): Promise<PlaneResult> {
  const idle: number[] = [];
  for (let i = 0; i < runs; i++) idle.push(await countFrames(page, 1000));
  await observeLongTasks(page);
  const tracing = trace && (await traceMainThread(trace, page));
  const started = Date.now();
  await page.getByRole("button", { name: "Play" }).click();
  let reachSeconds: number | undefined;
  if (scenario.reach !== undefined) {
    await waitForGeneration(page, scenario.reach, 180_000);
    reachSeconds = (Date.now() - started) / 1000;
  }
  await page.waitForTimeout(2000); // warm up: JIT, first replies
  const fps: number[] = [];
  const gps: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Zoomed out to the whole pattern, which outgrows the view as it runs.
    if (scenario.reach !== undefined) await page.getByRole("button", { name: "Fit" }).click();
    const before = await readGeneration(page);
    const t0 = Date.now();
    fps.push(await countFrames(page, seconds * 1000));
    const after = await readGeneration(page);
    gps.push((Number(after - before) * 1000) / (Date.now() - t0));
  }
  const longTasks = await readLongTasks(page);
  const mainThread = await tracing?.stop();
  const engine = await readEngine(page);
  const memory = await measureMemory(page);
  await page.getByRole("button", { name: "Pause" }).click();
  return {
    ...(mainThread && { mainThread }),
    scenario: scenario.name,
    engine,
    framesPerSecond: summarize(fps),
    idleFramesPerSecond: summarize(idle),
    generationsPerSecond: summarize(gps),
    longestTaskMillis: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
    ...(memory !== undefined && { memoryMiB: memory / MiB }),
    ...(reachSeconds !== undefined && { reachSeconds }),
  };
}

/** Plays the page for `minutes`, sampling its memory (workers included) every `everySeconds`. */
export async function measureMemoryRun(
  page: Page,
  minutes: number,
  everySeconds = 15,
  trace?: Browser,
): Promise<MemoryRunResult> {
  await observeLongTasks(page);
  const tracing = trace && (await traceMainThread(trace, page));
  await page.getByRole("button", { name: "Play" }).click();
  const end = Date.now() + minutes * 60_000;
  const samples: number[] = [];
  while (Date.now() < end) {
    await page.waitForTimeout(Math.min(everySeconds * 1000, Math.max(0, end - Date.now())));
    const bytes = await measureMemory(page);
    if (bytes === undefined) throw new Error("measureUserAgentSpecificMemory is not available");
    samples.push(bytes / MiB);
    process.stderr.write(
      `memory run: ${((minutes * 60_000 - (end - Date.now())) / 1000).toFixed(0)} s, ${(bytes / MiB).toFixed(0)} MiB, generation ${await readGeneration(page)}\n`,
    );
  }
  const generation = await readGeneration(page);
  const longTasks = await readLongTasks(page);
  const mainThread = await tracing?.stop();
  const engine = await readEngine(page);
  await page.getByRole("button", { name: "Pause" }).click();
  return {
    ...(mainThread && { mainThread }),
    scenario: MEMORY_SCENARIO.name,
    minutes,
    engine,
    generation: generation.toString(),
    samplesMiB: samples,
    peakMiB: Math.max(...samples),
    longestTaskMillis: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
  };
}

export function formatPlaneResult(r: PlaneResult): string {
  const f = r.framesPerSecond;
  const i = r.idleFramesPerSecond;
  const g = r.generationsPerSecond;
  return (
    `${r.scenario}\n  frames/s ${range(f, 1)} (paused: ${range(i, 1)})` +
    `  generations/s ${g.median.toExponential(2)} [${g.min.toExponential(2)}-${g.max.toExponential(2)}]` +
    `\n  long tasks ${r.longTasks}, longest ${r.longestTaskMillis.toFixed(0)} ms` +
    (r.memoryMiB === undefined ? "" : `  memory ${r.memoryMiB.toFixed(0)} MiB`) +
    (r.reachSeconds === undefined ? "" : `  reached in ${r.reachSeconds.toFixed(1)} s`) +
    `\n  engine: ${r.engine}\n` +
    (r.mainThread ? formatMainThreadTrace(r.mainThread) : "")
  );
}

export function formatMemoryRun(r: MemoryRunResult): string {
  return (
    `${r.scenario}, ${r.minutes} min\n  peak ${r.peakMiB.toFixed(0)} MiB over ${r.samplesMiB.length} samples` +
    ` [${r.samplesMiB.map((m) => m.toFixed(0)).join(" ")}]` +
    `\n  generation ${r.generation}, long tasks ${r.longTasks}, longest ${r.longestTaskMillis.toFixed(0)} ms` +
    `\n  engine: ${r.engine}\n` +
    (r.mainThread ? formatMainThreadTrace(r.mainThread) : "")
  );
}

function range(s: Summary, digits: number): string {
  return `${s.median.toFixed(digits)} [${s.min.toFixed(digits)}-${s.max.toFixed(digits)}]`;
}

/** Frames the page draws per second over `millis` ms. */
export function countFrames(page: Page, millis: number): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = (now: number) => {
          frames++;
          if (now - start < duration) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (now - start));
        };
        requestAnimationFrame(tick);
      }),
    millis,
  );
}

/** The generation the status bar shows (with its thousands separators). */
export async function readGeneration(page: Page): Promise<bigint> {
  const text = (await page.getByTestId("counters").textContent()) ?? "";
  const digits = /Generation ([\d,]+)/.exec(text)?.[1]?.replaceAll(",", "");
  if (digits === undefined) throw new Error(`no generation in "${text}"`);
  return BigInt(digits);
}

async function waitForGeneration(page: Page, generation: bigint, timeout: number) {
  const end = Date.now() + timeout;
  while ((await readGeneration(page)) < generation) {
    if (Date.now() > end) throw new Error(`generation ${generation} not reached in ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}

/** Starts collecting the main thread's long tasks (over 50 ms) afresh. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __longTasks: number[];
      __longTaskObserver?: PerformanceObserver;
    };
    w.__longTaskObserver?.disconnect();
    w.__longTasks = [];
    w.__longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    });
    w.__longTaskObserver.observe({ type: "longtask", buffered: false });
  });
}

export function readLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
}

export async function readEngine(page: Page): Promise<string> {
  return (await page.locator(".status-bar .engine").textContent()) ?? "";
}

/** Bytes of JS memory of the page and its workers, when the page is cross-origin isolated. */
export function measureMemory(page: Page): Promise<number | undefined> {
  return page.evaluate(async () => {
    const p = performance as unknown as {
      measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }>;
    };
    if (!p.measureUserAgentSpecificMemory || !crossOriginIsolated) return undefined;
    return (await p.measureUserAgentSpecificMemory()).bytes;
  });
}
