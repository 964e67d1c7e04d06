/**
 * A range rule (Larger than Life / HROT, and any rule of the same kind) as its cell coroutine
 * behaves, learnt by driving it (`compileRangeRule`): the cell looks at a fixed set of cells
 * around it, counts those whose state counts as alive, and its next state depends only on its
 * own state and that count. Range kernels (`createRangeStepper`) run it.
 */
export interface CompiledRangeRule {
  /**
   * The cells a cell counts, as (dy, dx) pairs flattened (`[dy0, dx0, dy1, dx1, ...]`), row by
   * row, west to east; the cell itself is never among them.
   */
  readonly offsets: Int32Array;
  /**
   * The cells a cell where y + x is odd counts, as many as `offsets` (the triangular grid's
   * neighbourhood, flipped on alternate cells); absent when every cell counts `offsets`.
   */
  readonly oddOffsets?: Int32Array;
  /**
   * Each offset's weight, when the neighbourhood is weighted (Golly's NG, NW): the cell sums
   * the weights of its counted neighbours instead of counting them (`compileWeightedRangeRule`).
   */
  readonly weights?: Int32Array;
  /** The lowest sum of weights, where a weighted rule's rows start (negative weights make it < 0). */
  readonly lowest?: number;
  /** How far the farthest offset reaches along either axis. */
  readonly range: number;
  /** How many states a cell can be in: 0 .. states - 1, the states reachable from 0 and 1. */
  readonly states: number;
  /** `alive[s]` is 1 when a neighbour in state s counts, 0 when it does not (state 1 counts). */
  readonly alive: Uint8Array;
  /**
   * `next[state * (offsets.length / 2 + 1) + count]`: the next state of a cell in `state` when
   * `count` of its offsets hold a counted state (for a weighted rule, `next[state *
   * rowLength(rule) + sum - lowest]` when the counted offsets' weights sum to `sum`). Whether the rule counts the cell itself (LtL's
   * M1) cannot be seen from outside, since the cell's own state already picks the row: it is
   * folded into the rows of the states that count.
   */
  readonly next: Uint8Array;
}

/** The number of offsets of a compiled rule, the largest count it can see. */
export function neighbourCount(rule: CompiledRangeRule): number {
  return rule.offsets.length / 2;
}

/** How many counts (or sums of weights, from `lowest`) each state's row of `next` holds. */
export function rowLength(rule: CompiledRangeRule): number {
  return rule.next.length / rule.states;
}
