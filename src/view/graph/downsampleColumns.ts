/** A point of a population series. */
export interface SeriesPoint {
  readonly generation: number;
  readonly population: number;
}

/** A series' points in a range of generations, reduced to a few numbers a pixel column. */
export interface Columns {
  readonly count: number;
  /** How many points fell in each column. */
  readonly points: Uint32Array;
  /** The least and greatest population in each column, and its first and last (0 where none). */
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly first: Float64Array;
  readonly last: Float64Array;
  /** The last point before the range and the first after it, to carry the line to the edges. */
  readonly before: SeriesPoint | null;
  readonly after: SeriesPoint | null;
}

/** The index of the first of the `length` sorted `values` at or after `value`. */
export function lowerBound(values: Float64Array, length: number, value: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The points with generations in [from, to] in `count` columns of equal width (a point at
 * generation g in column floor((g - from) / (to - from) * count), the last column closed), each keeping the
 * least, greatest, first and last population of its points: drawn as a line through first,
 * min, max and last, a column holds every spike of a million points while the drawing costs
 * a few per pixel. One pass over the points in range (found by binary search).
 */
export function downsampleColumns(
  generations: Float64Array,
  populations: Float64Array,
  length: number,
  from: number,
  to: number,
  count: number,
): Columns {
  const columns = Math.max(1, Math.floor(count));
  const points = new Uint32Array(columns);
  const min = new Float64Array(columns);
  const max = new Float64Array(columns);
  const first = new Float64Array(columns);
  const last = new Float64Array(columns);
  const start = lowerBound(generations, length, from);
  const span = to - from;
  let i = start;
  for (; i < length; i++) {
    const generation = generations[i] as number;
    if (generation > to) break;
    const population = populations[i] as number;
    let column = span > 0 ? Math.floor(((generation - from) / span) * columns) : 0;
    if (column >= columns) column = columns - 1;
    if (points[column] === 0) {
      min[column] = population;
      max[column] = population;
      first[column] = population;
    } else if (population < (min[column] as number)) min[column] = population;
    else if (population > (max[column] as number)) max[column] = population;
    last[column] = population;
    points[column] = (points[column] as number) + 1;
  }
  const pointAt = (index: number): SeriesPoint => ({
    generation: generations[index] as number,
    population: populations[index] as number,
  });
  return {
    count: columns,
    points,
    min,
    max,
    first,
    last,
    before: start > 0 ? pointAt(start - 1) : null,
    after: i < length ? pointAt(i) : null,
  };
}

/** The index of the point nearest `generation` (ties to the earlier), or -1 when there is none. */
export function nearestPoint(
  generations: Float64Array,
  length: number,
  generation: number,
): number {
  if (length === 0) return -1;
  const i = lowerBound(generations, length, generation);
  if (i === 0) return 0;
  if (i === length) return length - 1;
  const before = generation - (generations[i - 1] as number);
  const after = (generations[i] as number) - generation;
  return after < before ? i : i - 1;
}
