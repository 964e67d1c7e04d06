/** Median, min and max of repeated measurements: what a benchmark reports on a noisy machine. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error("no samples to summarize");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    median,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    runs: sorted.length,
  };
}

/** Calls `tick` repeatedly for about `millis` ms and returns ticks per second. */
export function measureRate(tick: () => void, millis: number): number {
  return measureRates(tick, millis).wall;
}

/** Ticks per second of wall-clock and of this process's CPU time (steadier on a shared machine). */
export interface Rates {
  readonly wall: number;
  readonly cpu: number;
}

/** Calls `tick` repeatedly for about `millis` ms: its rate per second of wall-clock and CPU time. */
export function measureRates(tick: () => void, millis: number): Rates {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let ticks = 0;
  let elapsed = 0;
  do {
    tick();
    ticks++;
    elapsed = performance.now() - start;
  } while (elapsed < millis);
  const used = process.cpuUsage(cpu);
  return { wall: (ticks * 1000) / elapsed, cpu: (ticks * 1e6) / (used.user + used.system) };
}
