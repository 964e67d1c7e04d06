/** What a progress reporter needs: the run's size, where to write, and a clock in ms. */
export interface ProgressOptions {
  readonly total: bigint;
  /** Cells stepped between two calls: a small grid's generations are quick, so the clock is read less often. */
  readonly cells: number;
  readonly write: (text: string) => void;
  readonly now: () => number;
  readonly intervalMs?: number;
}

// Cells stepped between two looks at the clock, so that reading it costs nothing measurable.
const CELLS_PER_CLOCK_READ = 1 << 16;
const MAX_GENERATIONS_PER_CLOCK_READ = 1024;

/**
 * A callback for each finished generation (or run of them) that writes `life: generation N of M (P%)` once every
 * `intervalMs` (2 s) of a run, so that a long run shows it is alive; a run shorter than that
 * writes nothing.
 */
export function createProgressReporter(options: ProgressOptions): (generation: bigint) => void {
  const { total, write, now, intervalMs = 2000 } = options;
  const every = Math.min(
    MAX_GENERATIONS_PER_CLOCK_READ,
    Math.max(1, Math.floor(CELLS_PER_CLOCK_READ / Math.max(1, options.cells))),
  );
  let countdown = every;
  let last = now();
  return (generation) => {
    if (--countdown > 0) return;
    countdown = every;
    const time = now();
    if (time - last < intervalMs) return;
    last = time;
    const percent = ((Number(generation) / Number(total)) * 100).toFixed(1);
    write(`life: generation ${generation} of ${total} (${percent}%)\n`);
  };
}
