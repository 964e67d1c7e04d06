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
  const start = performance.now();
  let ticks = 0;
  let elapsed = 0;
  do {
    tick();
    ticks++;
    elapsed = performance.now() - start;
  } while (elapsed < millis);
  return (ticks * 1000) / elapsed;
}
