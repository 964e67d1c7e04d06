import type { CellRect } from "../Universe.ts";
import type { CellPeriods } from "./IdentifyResult.ts";
import type { Frame } from "./readFrame.ts";

/** Boxes of more cells than this times the period get no cell map (it would take too much memory). */
export const MAX_CELL_MAP_ENTRIES = 1 << 25;

/**
 * Each cell's own period over one period of an oscillator (`frames`, one a generation, in
 * place): the smallest divisor d of the period with the cell's state at every t equal to its
 * state at t + d. Null when the box times the period is too large to hold.
 */
export function cellPeriods(frames: readonly Frame[]): CellPeriods | null {
  const period = frames.length;
  const box = unionBox(frames);
  if (!box || box.width * box.height * period > MAX_CELL_MAP_ENTRIES) return null;
  const area = box.width * box.height;
  const history = new Uint8Array(area * period);
  frames.forEach((frame, t) => {
    for (let i = 0; i < frame.xs.length; i++) {
      const cell = ((frame.ys[i] as number) - box.y) * box.width + (frame.xs[i] as number) - box.x;
      history[cell * period + t] = frame.states[i] as number;
    }
  });
  const divisors = divisorsOf(period);
  const periods = new Uint16Array(area);
  const counts = new Map<number, number>();
  let rotor = 0;
  let stator = 0;
  let full = 0;
  for (let cell = 0; cell < area; cell++) {
    const from = cell * period;
    let alive = false;
    for (let t = 0; t < period && !alive; t++) alive = history[from + t] !== 0;
    if (!alive) continue;
    const own = divisors.find((d) => repeatsEvery(history, from, period, d)) ?? period;
    periods[cell] = own;
    counts.set(own, (counts.get(own) ?? 0) + 1);
    if (own === 1) stator++;
    else rotor++;
    if (own === period && period > 1) full++;
  }
  const total = rotor + stator;
  return {
    box,
    periods,
    rotor,
    stator,
    volatility: total === 0 ? 0 : rotor / total,
    strictVolatility: total === 0 ? 0 : full / total,
    counts: [...counts].sort(([a], [b]) => a - b),
  };
}

/** Whether the `period` states from `from` repeat every `d` (a divisor of the period). */
function repeatsEvery(history: Uint8Array, from: number, period: number, d: number): boolean {
  for (let t = d; t < period; t++) {
    if (history[from + t] !== history[from + t - d]) return false;
  }
  return true;
}

/** The divisors of n, ascending. */
export function divisorsOf(n: number): number[] {
  const divisors: number[] = [];
  for (let d = 1; d <= n; d++) if (n % d === 0) divisors.push(d);
  return divisors;
}

/** The box of every cell alive in any of the frames. */
export function unionBox(frames: readonly Frame[]): CellRect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { box } of frames) {
    if (!box) continue;
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  }
  if (minX === Infinity) return null;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
