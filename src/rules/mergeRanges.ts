import type { CountRange } from "./Rule.ts";

/**
 * Ranges sorted, with overlapping and touching ones joined: the runs Golly prints for an HROT
 * list, so `S4-6,2,3` and `S2-6` are one rule.
 */
export function mergeRanges(ranges: readonly CountRange[]): CountRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [min, max] of sorted) {
    const last = merged[merged.length - 1];
    if (last && min <= last[1] + 1) last[1] = Math.max(last[1], max);
    else merged.push([min, max]);
  }
  return merged;
}
