import type { Pattern } from "./Pattern.ts";
import type { PatternRuns, SparsePattern } from "./SparsePattern.ts";

/**
 * The pattern's cells as runs: the one input form for stamping a pattern into a universe, so
 * that a dense Pattern and a SparsePattern go in the same way. A sparse pattern's runs are given
 * as they are (no copy); a dense pattern's are found row by row, each run a maximal stretch of
 * one non-zero state. Either way in row order, without overlaps (see PatternRuns). Place run i at
 * (left + xs[i], top + ys[i]), where (left, top) is the pattern's `x`, `y` when it has them.
 * Any dense box of cells will do (a selection or the clipboard as well as a file's pattern).
 */
export function patternRuns(
  pattern: Pick<Pattern, "width" | "height" | "cells"> | SparsePattern,
): PatternRuns {
  if (!("cells" in pattern)) {
    const { width, height, xs, ys, lengths, states } = pattern;
    return { width, height, xs, ys, lengths, states };
  }
  const { width, height, cells } = pattern;
  const count = countRuns(cells, width, height);
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  const lengths = new Float64Array(count);
  const states = new Uint8Array(count);
  let run = 0;
  forEachRun(cells, width, height, (x, y, length, state) => {
    xs[run] = x;
    ys[run] = y;
    lengths[run] = length;
    states[run] = state;
    run++;
  });
  return { width, height, xs, ys, lengths, states };
}

function countRuns(cells: Uint8Array, width: number, height: number): number {
  let count = 0;
  forEachRun(cells, width, height, () => {
    count++;
  });
  return count;
}

/** Calls `visit` for each maximal run of one non-zero state, in row order. */
function forEachRun(
  cells: Uint8Array,
  width: number,
  height: number,
  visit: (x: number, y: number, length: number, state: number) => void,
): void {
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; ) {
      const state = cells[row + x] ?? 0;
      let end = x + 1;
      while (end < width && cells[row + end] === state) end++;
      if (state !== 0) visit(x, y, end - x, state);
      x = end;
    }
  }
}
