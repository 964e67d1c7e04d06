// Dev aid: what the main thread does in its long tasks (over 50 ms) while a plane scenario of
// `npm run bench:browser` runs. Serve a build first (npx vite build --outDir D && npx vite
// preview --outDir D --port P), then:
// node scripts/run-ts.mjs scripts/dev/traceLongTasks.ts URL SECONDS [TRACE.json]
// Plays the page at URL (past 2^30 generations when the pattern is the breeder, then Fit every
// 3 s, as the bench does), records a Chromium trace for SECONDS, and prints each task over
// 50 ms on the page's main thread with the time its slices took by name.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../bench/chromiumArgs.ts";

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
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
await page.evaluate(() => {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask" });
});
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
    "gpu",
    "disabled-by-default-v8.gc",
    "disabled-by-default-v8.cpu_profiler",
  ],
});
await page.getByRole("button", { name: "Play" }).click();
const breeder = url.includes("quadratic");
if (breeder) {
  for (;;) {
    const text = (await page.getByTestId("counters").textContent()) ?? "";
    const generation = BigInt(/Generation ([\d,]+)/.exec(text)?.[1]?.replaceAll(",", "") ?? "0");
    if (generation >= 2n ** 30n) break;
    await page.waitForTimeout(200);
  }
}
await page.waitForTimeout(2000);
const end = Date.now() + seconds * 1000;
while (Date.now() < end) {
  if (breeder) await page.getByRole("button", { name: "Fit" }).click();
  await page.waitForTimeout(3000);
}
await browser.stopTracing();
const observed = await page.evaluate(
  () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
);
await browser.close();
console.log(
  `observer: ${observed.length} long tasks: ${observed.map((t) => t.duration.toFixed(0)).join(" ")}`,
);

const events: TraceEvent[] = (
  JSON.parse(readFileSync(tracePath, "utf8")) as { traceEvents: TraceEvent[] }
).traceEvents;
const threadNames = new Map<string, string>();
for (const e of events)
  if (e.name === "thread_name") threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
const mains = [...threadNames].filter(([, name]) => name === "CrRendererMain").map(([key]) => key);
for (const main of mains) {
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === "X");
  const tasks = onMain.filter((e) => e.name === "RunTask" && (e.dur ?? 0) > 50_000);
  console.log(`thread ${main}: ${tasks.length} tasks over 50 ms`);
  for (const task of tasks) {
    const endTs = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts < endTs);
    const byName = new Map<string, number>();
    for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0));
    const top = [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, dur]) => `${name} ${(dur / 1000).toFixed(1)}`);
    const fns = inside
      .filter((e) => e.name === "FunctionCall" && (e.dur ?? 0) > 2000)
      .map((e) => {
        const d = e.args?.data ?? {};
        return `${((e.dur ?? 0) / 1000).toFixed(1)} ms ${String(d.functionName)} ${String(d.url).split("/").pop()}:${String(d.lineNumber)}`;
      });
    console.log(`  task ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${top.join(", ")}`);
    for (const f of fns.slice(0, 4)) console.log(`    ${f}`);
  }
}

// Where the main thread's time went over the whole trace, by slice name (top-level slices
// under RunTask counted once each).
for (const main of mains) {
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === "X");
  const tasks = onMain.filter((e) => e.name === "RunTask").sort((a, b) => a.ts - b.ts);
  const span = (tasks.at(-1)?.ts ?? 0) - (tasks[0]?.ts ?? 0);
  const busy = tasks.reduce((sum, t) => sum + (t.dur ?? 0), 0);
  const watched = [
    "FunctionCall",
    "Canvas2DBitmapProvider::WritePixels",
    "Canvas2DResourceProvider::ProduceCanvasResource",
    "Commit",
    "Paint",
    "Layout",
    "UpdateLayoutTree",
    "PrePaint",
    "V8.GCIncrementalMarking",
    "MajorGC",
    "MinorGC",
    "V8.GC_MC_BACKGROUND_MARKING",
    "ParseHTML",
    "HitTest",
    "v8.deserializeMessage",
    "V8.DeserializeMessage",
  ];
  const totals = watched.map((name) => {
    const list = onMain.filter((e) => e.name === name);
    const sum = list.reduce((s, e) => s + (e.dur ?? 0), 0);
    return `${name} ${(sum / 1000).toFixed(0)} ms/${list.length}`;
  });
  const frames = onMain.filter((e) => e.name === "ProxyMain::BeginMainFrame").length;
  console.log(
    `thread ${main}: busy ${(busy / 1000).toFixed(0)} of ${(span / 1000).toFixed(0)} ms, ${frames} frames; ${totals.join(", ")}`,
  );
  const calls = new Map<string, number>();
  for (const e of onMain.filter((e) => e.name === "FunctionCall")) {
    const d = e.args?.data ?? {};
    const key = `${String(d.functionName)}:${String(d.lineNumber)}`;
    calls.set(key, (calls.get(key) ?? 0) + (e.dur ?? 0));
  }
  console.log(
    `  calls: ${[...calls]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)} ms`)
      .join(", ")}`,
  );
}
