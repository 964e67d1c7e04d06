import { MAX_SPARSE_RUNS, type PatternRuns } from "./SparsePattern.ts";

/**
 * Horizontal runs of non-empty cells, collected while a file is read so that dead cells cost nothing
 * and the pattern is built once, when the final box is known: dense cells (`paint`) or sparse
 * runs (`toPatternRuns`). Runs are held as 32-bit integers, which is all a box within the grid's
 * sides needs, until `widen` makes them numbers for a box on the infinite plane; only then does
 * MAX_SPARSE_RUNS apply, so a dense soup costs what it always did. Runs are in state 1 unless
 * `add` is given another; the states are held (a byte a run) only once one is not 1, so a
 * two-state file costs nothing more.
 */
export class LiveRuns {
  // (x, y, length) triples, in the reader's own coordinates.
  private data: Int32Array | Float64Array = new Int32Array(3 * 64);
  private used = 0;
  // The state of run i at [i], once some run is not in state 1; until then every run is.
  private states: Uint8Array | undefined;

  /** `maxRuns` is how many runs may be held once wide. */
  constructor(private readonly maxRuns = MAX_SPARSE_RUNS) {}

  /** Whether `widen` has been called. */
  get wide(): boolean {
    return this.data instanceof Float64Array;
  }

  /** How many runs are held. */
  get count(): number {
    return this.used / 3;
  }

  /**
   * Records `length` cells in `state` (1 to 255) starting at column `x` of row `y`, merged into
   * the last run when it ends where this one starts in the same state. Returns false, recording
   * nothing, when the runs are wide and `maxRuns` are held already.
   */
  add(x: number, y: number, length: number, state = 1): boolean {
    const data = this.data;
    const last = this.used - 3;
    if (
      last >= 0 &&
      data[last + 1] === y &&
      (data[last] ?? 0) + (data[last + 2] ?? 0) === x &&
      this.stateAt(last / 3) === state
    ) {
      data[last + 2] = (data[last + 2] ?? 0) + length;
      return true;
    }
    if (this.wide && this.used >= 3 * this.maxRuns) return false;
    if (this.used + 3 > data.length) this.grow();
    if (state !== 1 || this.states !== undefined) this.setState(this.used / 3, state);
    this.data[this.used] = x;
    this.data[this.used + 1] = y;
    this.data[this.used + 2] = length;
    this.used += 3;
    return true;
  }

  /** Records the state of run `index`, holding the states from now on. */
  private setState(index: number, state: number): void {
    let states = this.states ?? new Uint8Array(64).fill(1);
    if (index >= states.length) {
      const grown = new Uint8Array(Math.max(2 * states.length, index + 1)).fill(1);
      grown.set(states);
      states = grown;
    }
    states[index] = state;
    this.states = states;
  }

  /** The state of run `index` (in the order added). */
  private stateAt(index: number): number {
    return this.states === undefined ? 1 : (this.states[index] ?? 1);
  }

  /**
   * Holds the runs as numbers from now on, for coordinates beyond 32 bits. Returns false when
   * more than `maxRuns` runs are held already.
   */
  widen(): boolean {
    if (this.wide) return true;
    if (this.used > 3 * this.maxRuns) return false;
    this.data = Float64Array.from(this.data.subarray(0, Math.max(this.used, 3 * 64)));
    return true;
  }

  /** Sets every recorded cell to its state in row-major `cells` of `width`, whose top-left is (left, top). */
  paint(cells: Uint8Array, width: number, left = 0, top = 0): void {
    const data = this.data;
    for (let i = 0; i < this.used; i += 3) {
      const start = ((data[i + 1] ?? 0) - top) * width + ((data[i] ?? 0) - left);
      cells.fill(this.stateAt(i / 3), start, start + (data[i + 2] ?? 0));
    }
  }

  /**
   * The runs as PatternRuns of a `width` x `height` box whose top-left is (left, top): sorted
   * into row order and merged where they overlap or touch in one state, as Life 1.05 and 1.06
   * files may give cells in any order and more than once (a later run of another state that
   * overlaps is cut to where the earlier ends; only two-state readers give overlaps).
   */
  toPatternRuns(width: number, height: number, left: number, top: number): PatternRuns {
    const order = this.rowOrder();
    const xs = new Float64Array(order.length);
    const ys = new Float64Array(order.length);
    const lengths = new Float64Array(order.length);
    const states = new Uint8Array(order.length);
    const data = this.data;
    let count = 0;
    for (const index of order) {
      let x = (data[index] ?? 0) - left;
      const y = (data[index + 1] ?? 0) - top;
      const end = x + (data[index + 2] ?? 0);
      const state = this.stateAt(index / 3);
      const last = count - 1;
      const lastEnd = (xs[last] ?? 0) + (lengths[last] ?? 0);
      if (last >= 0 && ys[last] === y && x <= lastEnd) {
        if (states[last] === state) {
          lengths[last] = Math.max(end, lastEnd) - (xs[last] ?? 0);
          continue;
        }
        if (end <= lastEnd) continue;
        x = lastEnd;
      }
      xs[count] = x;
      ys[count] = y;
      lengths[count] = end - x;
      states[count] = state;
      count++;
    }
    // Copied only when merging left them too long: near MAX_SPARSE_RUNS every copy counts.
    const trim = (array: Float64Array) => (count === array.length ? array : array.slice(0, count));
    return {
      width,
      height,
      xs: trim(xs),
      ys: trim(ys),
      lengths: trim(lengths),
      states: count === states.length ? states : states.slice(0, count),
    };
  }

  /** The offsets of the runs in `data`, by row and then column (a sort only when needed). */
  private rowOrder(): Uint32Array {
    const data = this.data;
    const order = new Uint32Array(this.count);
    let sorted = true;
    for (let i = 0; i < order.length; i++) {
      order[i] = 3 * i;
      if (i > 0 && compareRuns(data, 3 * i - 3, 3 * i) > 0) sorted = false;
    }
    if (!sorted) order.sort((a, b) => compareRuns(data, a, b));
    return order;
  }

  private grow(): void {
    const grown =
      this.data instanceof Float64Array
        ? new Float64Array(this.data.length * 2)
        : new Int32Array(this.data.length * 2);
    grown.set(this.data);
    this.data = grown;
  }
}

function compareRuns(data: Int32Array | Float64Array, a: number, b: number): number {
  return (data[a + 1] ?? 0) - (data[b + 1] ?? 0) || (data[a] ?? 0) - (data[b] ?? 0);
}
