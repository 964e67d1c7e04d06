/** The step of 1, 2 or 5 times a power of ten nearest `rough` (on a log scale). */
export function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const m = rough / power;
  return (m >= Math.sqrt(50) ? 10 : m >= Math.sqrt(10) ? 5 : m >= Math.sqrt(2) ? 2 : 1) * power;
}

/**
 * About `target` round values covering [lo, hi]: multiples of a step of 1, 2 or 5 times a power
 * of ten, no finer than `least` (1 for generations and populations, which are whole).
 */
export function niceTicks(lo: number, hi: number, target: number, least = 1): number[] {
  if (!(hi >= lo)) return [];
  const step = Math.max(least, niceStep((hi - lo) / Math.max(1, target)));
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(v);
  return ticks;
}

/** The top of a linear axis from 0 that holds `max`: the next round value. */
export function niceCeiling(max: number): number {
  if (!(max > 0)) return 1;
  const step = niceStep(max / 5);
  return Math.ceil(max / step) * step;
}

/**
 * Ticks of a log axis over [lo, hi] (both powers of ten): each power of ten, with 2 and 5
 * between them when the axis spans fewer than three decades, thinned to about `target`.
 */
export function logTicks(lo: number, hi: number, target: number): number[] {
  const from = Math.round(Math.log10(lo));
  const to = Math.round(Math.log10(hi));
  const decades = to - from;
  const ticks: number[] = [];
  const every = Math.max(1, Math.ceil((decades + 1) / Math.max(1, target)));
  for (let k = from; k <= to; k += every) {
    ticks.push(10 ** k);
    if (decades < 3 && k < to) ticks.push(2 * 10 ** k, 5 * 10 ** k);
  }
  return ticks;
}

const UNITS: readonly [number, string][] = [
  [1e12, "T"],
  [1e9, "G"],
  [1e6, "M"],
  [1e3, "k"],
];

/** A tick's label: whole numbers under 10,000 as they are, larger with k, M, G, T, or e. */
export function formatTick(value: number): string {
  const size = Math.abs(value);
  if (size < 1e4) return String(Math.round(value * 1000) / 1000);
  if (size >= 1e15) return value.toExponential(1).replace(".0e", "e").replace("+", "");
  for (const [unit, suffix] of UNITS) {
    if (size >= unit) return `${Number((value / unit).toPrecision(3))}${suffix}`;
  }
  return String(value);
}
