import type { PoolEngine } from "./protocol.ts";

/** Whatever the work, a worker gets this long to answer: start-up, a collector's pause, a busy machine. */
const FLOOR_MS = 3000;
/**
 * More for workers that have not answered yet: loading the worker's script and compiling it on a
 * busy machine takes seconds at times, and a worker that misses it counts as one that could not
 * start, which sends the simulation into the page for good.
 */
const START_MS = 7000;
/**
 * Time allowed per cell and generation (counted once more for the load before), about a hundred
 * times what one worker alone takes on the whole grid: the wasm kernel about 0.2 ns a cell (a
 * 16384x16384 generation in 54 ms), the coroutine interpreter about 0.55 µs (256x256 in 36 ms).
 */
const MS_PER_CELL: Record<PoolEngine, number> = { fast: 20e-6, coroutine: 30e-3 };

/**
 * How long the pool waits for a worker's answer to a request for `generations` generations of a
 * grid of `cells` cells before it counts the worker as lost: long enough for the biggest grid's
 * legitimate step, even with the load before it, short enough that a worker that died (which
 * `terminate()`, `self.close()` and running out of memory do without a word) is noticed.
 * `starting`: some worker has not answered anything yet.
 */
export function requestTimeout(
  cells: number,
  generations: number,
  engine: PoolEngine,
  starting = false,
): number {
  return FLOOR_MS + (starting ? START_MS : 0) + cells * (generations + 1) * MS_PER_CELL[engine];
}
