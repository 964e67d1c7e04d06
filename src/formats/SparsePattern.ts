import type { Pattern, PatternComment } from "./Pattern.ts";

/**
 * A pattern's live cells as horizontal runs in a `width` x `height` box: run i covers columns
 * [xs[i], xs[i] + lengths[i]) of row ys[i], counted from the box's top-left, every cell in state
 * states[i] (1 for the two-state formats). Runs are in row order (by y, then x), never overlap,
 * and adjacent runs of one state are merged. Coordinates are numbers, exact up to 2^53 - 1.
 * This is the one form in which a pattern is stamped into a universe: see `patternRuns`.
 */
export interface PatternRuns {
  readonly width: number;
  readonly height: number;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly lengths: Float64Array;
  readonly states: Uint8Array;
}

/**
 * A pattern too large for a dense box (a side over MAX_GRID_SIDE) but with few live cells, for
 * the infinite plane: its runs, with the rule, comments, position and generation a dense Pattern
 * carries (see Pattern for their meaning). Read by `parseAnyPattern`.
 */
export interface SparsePattern extends PatternRuns {
  readonly rule?: string;
  readonly comments: readonly PatternComment[];
  readonly x?: number;
  readonly y?: number;
  readonly generation?: bigint;
}

/**
 * The most runs a sparse pattern holds: 2^24 (16777216). At 25 bytes a run that is 400 MiB, a
 * little more than the largest dense box (256 MiB); a file past it is refused with this number.
 */
export const MAX_SPARSE_RUNS = 2 ** 24;

/** The longest side of a sparse pattern's box: 2^53 - 1, the last exact integer of a number. */
export const MAX_SPARSE_SIDE = Number.MAX_SAFE_INTEGER;

/** Whether `pattern` is the sparse form (runs) rather than the dense one (a cell array). */
export function isSparsePattern(pattern: Pattern | SparsePattern): pattern is SparsePattern {
  return !("cells" in pattern);
}
