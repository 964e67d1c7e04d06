// What a Chromium trace ("toplevel" category) says of a page's main thread: each task's wall
// time and the CPU time the thread got in it. A long task (over 50 ms of wall time) with little
// CPU time was the thread waiting for a core on a loaded machine, not the page working.
import type { Browser, Page } from "playwright-core";

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly dur?: number;
  /** CPU (thread) time, µs. */
  readonly tdur?: number;
  readonly ts: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

export interface MainThreadTrace {
  readonly seconds: number;
  /** CPU time the main thread used per second of the trace, in ms. */
  readonly cpuMillisPerSecond: number;
  /** Tasks over 50 ms of wall time, as the long tasks API counts them. */
  readonly longTasks: number;
  /** Of those, the ones that also used over 50 ms of CPU: the page's own long work. */
  readonly longCpuTasks: number;
  /** The most CPU time one task used, in ms. */
  readonly longestCpuMillis: number;
}

/** Starts tracing the top-level tasks of `page`'s threads; `stop` analyses the trace. */
export async function traceMainThread(
  browser: Browser,
  page: Page,
): Promise<{ stop: () => Promise<MainThreadTrace> }> {
  await browser.startTracing(page, { categories: ["toplevel"] });
  return {
    stop: async () => analyse(JSON.parse((await browser.stopTracing()).toString("utf8"))),
  };
}

function analyse(trace: { traceEvents: TraceEvent[] }): MainThreadTrace {
  const events = trace.traceEvents;
  const mains = new Set<string>();
  for (const e of events) {
    if (e.name === "thread_name" && e.args?.name === "CrRendererMain")
      mains.add(`${e.pid}:${e.tid}`);
  }
  // The page's main thread: the renderer's main thread with the most tasks.
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== "X" || e.name !== "ThreadControllerImpl::RunTask" || !mains.has(key)) continue;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  const tasks = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (tasks.length === 0) {
    return {
      seconds: 0,
      cpuMillisPerSecond: 0,
      longTasks: 0,
      longCpuTasks: 0,
      longestCpuMillis: 0,
    };
  }
  const start = Math.min(...tasks.map((e) => e.ts));
  const end = Math.max(...tasks.map((e) => e.ts + (e.dur ?? 0)));
  const seconds = (end - start) / 1e6;
  const cpu = tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  return {
    seconds,
    cpuMillisPerSecond: cpu / seconds,
    longTasks: tasks.filter((e) => (e.dur ?? 0) > 50_000).length,
    longCpuTasks: tasks.filter((e) => (e.tdur ?? 0) > 50_000).length,
    longestCpuMillis: Math.max(...tasks.map((e) => e.tdur ?? 0)) / 1000,
  };
}

export function formatMainThreadTrace(t: MainThreadTrace): string {
  return (
    `  main thread (traced, ${t.seconds.toFixed(0)} s): CPU ${t.cpuMillisPerSecond.toFixed(0)} ms/s;` +
    ` ${t.longTasks} tasks over 50 ms, ${t.longCpuTasks} of them with over 50 ms of CPU;` +
    ` most CPU in one task ${t.longestCpuMillis.toFixed(1)} ms\n`
  );
}
