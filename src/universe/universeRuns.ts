import type { PatternRuns } from "../formats/SparsePattern.ts";
import type { CellRect, State, Universe } from "./Universe.ts";

/** Runs with the box they are relative to. */
export interface PlacedRuns {
  readonly runs: PatternRuns;
  readonly box: CellRect;
}

/**
 * A universe's non-empty cells as runs (see PatternRuns), relative to the top-left of their
 * bounds, which come with them: the sparse form the writers of the infinite plane take, whose
 * size follows the live cells, never the extent. Null when the universe is empty.
 */
export function universeRuns(universe: Universe): PlacedRuns | null {
  const box = universe.bounds();
  return box ? runsOf(universe.cells(), box) : null;
}

/**
 * Live cells given as (x, y) pairs in row order (what the universe worker sends), as runs
 * relative to their box; null when there are none.
 */
export function runsOfPairs(pairs: Float64Array): PlacedRuns | null {
  if (pairs.length < 2) return null;
  let x0 = Infinity;
  let x1 = -Infinity;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const x = pairs[i] as number;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
  }
  const y0 = pairs[1] as number;
  const y1 = pairs[pairs.length - 1] as number;
  const box = { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
  function* cells(): Generator<readonly [number, number, State]> {
    for (let i = 0; i + 1 < pairs.length; i += 2)
      yield [pairs[i] as number, pairs[i + 1] as number, 1];
  }
  return runsOf(cells(), box);
}

/** Cells in row order (by y, then x) as runs relative to `box`. */
function runsOf(cells: Iterable<readonly [number, number, State]>, box: CellRect): PlacedRuns {
  const xs: number[] = [];
  const ys: number[] = [];
  const lengths: number[] = [];
  const states: number[] = [];
  for (const [x, y, state] of cells) {
    const last = xs.length - 1;
    const rx = x - box.x;
    const ry = y - box.y;
    if (
      last >= 0 &&
      ys[last] === ry &&
      states[last] === state &&
      (xs[last] as number) + (lengths[last] as number) === rx
    ) {
      lengths[last] = (lengths[last] as number) + 1;
    } else {
      xs.push(rx);
      ys.push(ry);
      lengths.push(1);
      states.push(state);
    }
  }
  return {
    box,
    runs: {
      width: box.width,
      height: box.height,
      xs: Float64Array.from(xs),
      ys: Float64Array.from(ys),
      lengths: Float64Array.from(lengths),
      states: Uint8Array.from(states),
    },
  };
}

/** No runs: the empty pattern, 0 x 0. */
export const NO_RUNS: PatternRuns = {
  width: 0,
  height: 0,
  xs: new Float64Array(0),
  ys: new Float64Array(0),
  lengths: new Float64Array(0),
  states: new Uint8Array(0),
};
