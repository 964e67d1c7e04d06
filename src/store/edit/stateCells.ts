import type { PlacedRuns } from "../../universe/universeRuns.ts";

/**
 * A multi-state grid's cells, a byte each (row-major, `width` wide), as the non-empty cells'
 * (x, y) pairs and their states at the same index: the form a load hands the universe worker.
 */
export function stateCells(
  bytes: Uint8Array,
  width: number,
): { cells: Float64Array; states: Uint8Array } {
  let count = 0;
  for (const value of bytes) if (value !== 0) count++;
  const cells = new Float64Array(2 * count);
  const states = new Uint8Array(count);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    const state = bytes[i] as number;
    if (state === 0) continue;
    cells[2 * j] = i % width;
    cells[2 * j + 1] = Math.floor(i / width);
    states[j++] = state;
  }
  return { cells, states };
}

/**
 * Non-empty cells given as (x, y) pairs in row order with their states (what the universe
 * worker's cellStates sends), as runs of one state relative to their box; null when there are
 * none. runsOfPairs with states: for the writers of a multi-state infinite plane.
 */
export function runsOfCellStates(pairs: Float64Array, states: Uint8Array): PlacedRuns | null {
  if (pairs.length < 2) return null;
  let x0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const x = pairs[i] as number;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
  }
  const y0 = pairs[1] as number;
  const y1 = pairs[pairs.length - 1] as number;
  const xs: number[] = [];
  const ys: number[] = [];
  const lengths: number[] = [];
  const runStates: number[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const x = (pairs[i] as number) - x0;
    const y = (pairs[i + 1] as number) - y0;
    const state = states[i / 2] ?? 1;
    const last = xs.length - 1;
    if (
      last >= 0 &&
      ys[last] === y &&
      runStates[last] === state &&
      (xs[last] as number) + (lengths[last] as number) === x
    ) {
      lengths[last] = (lengths[last] as number) + 1;
      continue;
    }
    xs.push(x);
    ys.push(y);
    lengths.push(1);
    runStates.push(state);
  }
  const box = { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
  return {
    box,
    runs: {
      width: box.width,
      height: box.height,
      xs: Float64Array.from(xs),
      ys: Float64Array.from(ys),
      lengths: Float64Array.from(lengths),
      states: Uint8Array.from(runStates),
    },
  };
}
