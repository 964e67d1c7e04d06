// Dev aid: what the main thread does in its long tasks (over 50 ms) while a plane scenario of
// `npm run bench:browser` runs. Serve a build first (npx vite build --outDir D [--minify false]
// && npx vite preview --outDir D --port P), then:
// node scripts/run-ts.mjs $PWD/scripts/dev/traceLongTasks.ts URL [SECONDS] [TRACE.json]
// Records a Chromium trace from Play (past 2^30 generations when the pattern is the breeder,
// then Fit every 3 s, as the bench does) for SECONDS more, and prints each task over 50 ms on
// the page's main thread: its wall time, the CPU time the thread really got in it (a task with
// little CPU was waiting for a core: the machine's load, not the page's work) and the slices it
// spent its time in; then the main thread's CPU and wall time per second over the trace.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../bench/chromiumArgs.ts";

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time of the slice, in µs. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: Record<string, unknown> };
}

const url = process.argv[2] ?? "";
const seconds = Number(process.argv[3] ?? 15);
const tracePath = process.argv[4] ?? "/tmp/long-tasks-trace.json";
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
await page.locator("html[data-ready=true]").waitFor({ timeout: 120_000 });
await browser.startTracing(page, {
  path: tracePath,
  categories: [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "toplevel",
    "v8",
    "v8.execute",
    "blink",
    "cc",
    "disabled-by-default-v8.gc",
  ],
});
await page.getByRole("button", { name: "Play" }).click();
if (url.includes("quadratic")) {
  for (;;) {
    const text = (await page.getByTestId("counters").textContent()) ?? "";
    const generation = BigInt(/Generation ([\d,]+)/.exec(text)?.[1]?.replaceAll(",", "") ?? "0");
    if (generation >= 2n ** 30n) break;
    await page.waitForTimeout(200);
  }
}
const end = Date.now() + seconds * 1000;
while (Date.now() < end) {
  if (url.includes("quadratic")) await page.getByRole("button", { name: "Fit" }).click();
  await page.waitForTimeout(3000);
}
await browser.stopTracing();
await browser.close();

const events = (JSON.parse(readFileSync(tracePath, "utf8")) as { traceEvents: TraceEvent[] })
  .traceEvents;
const threadNames = new Map<string, string>();
for (const e of events) {
  if (e.name === "thread_name") threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
}
const ms = (micros: number | undefined) => ((micros ?? 0) / 1000).toFixed(1);
for (const [main] of [...threadNames].filter(([, name]) => name === "CrRendererMain")) {
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === "X");
  const tasks = onMain.filter((e) => e.name === "ThreadControllerImpl::RunTask");
  for (const task of tasks.filter((t) => (t.dur ?? 0) > 50_000)) {
    const taskEnd = task.ts + (task.dur ?? 0);
    const byName = new Map<string, number>();
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts >= taskEnd) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0));
    }
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 10);
    console.log(
      `task ${ms(task.dur)} ms wall, ${ms(task.tdur)} ms CPU: ` +
        top.map(([name, micros]) => `${name} ${ms(micros)}`).join(", "),
    );
  }
  const first = Math.min(...tasks.map((t) => t.ts));
  const span = (Math.max(...tasks.map((t) => t.ts + (t.dur ?? 0))) - first) / 1e6;
  const sum = (pick: (e: TraceEvent) => number) => tasks.reduce((s, e) => s + pick(e), 0);
  const perSecond = (micros: number) => (micros / 1000 / span).toFixed(0);
  console.log(
    `main thread over ${span.toFixed(1)} s: ${tasks.length} tasks, ` +
      `CPU ${perSecond(sum((e) => e.tdur ?? 0))} ms/s, wall ${perSecond(sum((e) => e.dur ?? 0))} ms/s; ` +
      `over 50 ms wall ${tasks.filter((e) => (e.dur ?? 0) > 50_000).length}, ` +
      `over 8 ms CPU ${tasks.filter((e) => (e.tdur ?? 0) > 8_000).length}`,
  );
}
