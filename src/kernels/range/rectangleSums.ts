import type { Topology } from "../../engine/Grid.ts";
import { paddedSources } from "./paddedSources.ts";
import type { OffsetRectangle } from "./planRangeSums.ts";

/**
 * One generation of a range rule whose neighbourhood (with the centre) is a stack of
 * rectangles: a summed-area table of the counted cells over the grid padded by `range` on
 * every side (wrapped on a torus, empty on a plane), then four reads a rectangle a cell, so the
 * square costs the same at any range. `table[state * tableStride + sum]` is the next state.
 * With `oddRectangles`, the cells where y + x is odd sum those instead (the triangular grid).
 */
export function createRectangleSums(
  width: number,
  height: number,
  topology: Topology,
  range: number,
  rectangles: readonly OffsetRectangle[],
  oddRectangles?: readonly OffsetRectangle[],
): (
  cells: Uint8Array,
  next: Uint8Array,
  weight: Uint8Array,
  table: Uint8Array,
  tableStride: number,
) => void {
  const { sums, stride, fill } = createSummedArea(width, height, topology, range);
  const corners = rectangleCorners(rectangles, range, stride);
  const oddCorners = oddRectangles ? rectangleCorners(oddRectangles, range, stride) : undefined;
  const counts = new Int32Array(width);
  /** Adds each rectangle's sum to the counts of the columns from `first`, `step` apart. */
  const addRectangles = (
    counts: Int32Array,
    corner: number,
    stack: Int32Array,
    first: number,
    step: number,
  ): void => {
    for (let k = 0; k < stack.length; k += 4) {
      const a = corner + (stack[k] as number);
      const b = corner + (stack[k + 1] as number);
      const c = corner + (stack[k + 2] as number);
      const d = corner + (stack[k + 3] as number);
      for (let x = first; x < width; x += step) {
        counts[x] =
          (counts[x] as number) +
          (sums[a + x] as number) -
          (sums[b + x] as number) -
          (sums[c + x] as number) +
          (sums[d + x] as number);
      }
    }
  };

  return (cells, next, weight, table, tableStride) => {
    fill(cells, weight);

    if (rectangles.length === 1 && !oddCorners) {
      const [a, b, c, d] = corners as unknown as [number, number, number, number];
      for (let y = 0; y < height; y++) {
        const corner = y * stride;
        const out = y * width;
        for (let x = 0; x < width; x++) {
          const at = corner + x;
          const sum =
            (sums[at + a] as number) -
            (sums[at + b] as number) -
            (sums[at + c] as number) +
            (sums[at + d] as number);
          next[out + x] = table[(cells[out + x] as number) * tableStride + sum] as number;
        }
      }
      return;
    }
    for (let y = 0; y < height; y++) {
      const corner = y * stride;
      const out = y * width;
      counts.fill(0);
      if (oddCorners) {
        // Each parity's cells, every other one along the row, sum their own stack.
        addRectangles(counts, corner, corners, y & 1, 2);
        addRectangles(counts, corner, oddCorners, 1 - (y & 1), 2);
      } else {
        addRectangles(counts, corner, corners, 0, 1);
      }
      for (let x = 0; x < width; x++) {
        next[out + x] = table[
          (cells[out + x] as number) * tableStride + (counts[x] as number)
        ] as number;
      }
    }
  };
}

/**
 * The four corners of each rectangle in a summed-area table of `stride` entries a row (see
 * createSummedArea), relative to the entry of the cell's own corner: bottom-right, top-right,
 * bottom-left, top-left, four numbers a rectangle.
 */
export function rectangleCorners(
  stack: readonly OffsetRectangle[],
  range: number,
  stride: number,
): Int32Array {
  const corners = new Int32Array(4 * stack.length);
  stack.forEach(({ dy0, dy1, dx0, dx1 }, k) => {
    const top = (dy0 + range) * stride;
    const bottom = (dy1 + range + 1) * stride;
    const left = dx0 + range;
    const right = dx1 + range + 1;
    corners.set([bottom + right, top + right, bottom + left, top + left], 4 * k);
  });
  return corners;
}

/**
 * A summed-area table of the counted cells (`weight[state]` a cell) over a grid padded by
 * `range` on every side (wrapped on a torus, empty on a plane): `sums[(py + 1) * stride + px +
 * 1]` is the sum over padded rows 0..py and columns 0..px. `fill` makes it for a generation.
 */
export function createSummedArea(
  width: number,
  height: number,
  topology: Topology,
  range: number,
): {
  readonly sums: Int32Array;
  readonly stride: number;
  fill(cells: Uint8Array, weight: Uint8Array): void;
} {
  const paddedWidth = width + 2 * range;
  const paddedHeight = height + 2 * range;
  const stride = paddedWidth + 1;
  const sums = new Int32Array((paddedHeight + 1) * stride);
  const rowSources = paddedSources(height, range, paddedHeight, topology);
  const columnSources = paddedSources(width, range, paddedWidth, topology);
  const fill = (cells: Uint8Array, weight: Uint8Array): void => {
    for (let py = 0; py < paddedHeight; py++) {
      const above = py * stride;
      const row = above + stride;
      const source = rowSources[py] as number;
      if (source < 0) {
        sums.copyWithin(row, above, row);
        continue;
      }
      const base = source * width;
      let sum = 0;
      for (let px = 0; px < range; px++) {
        const column = columnSources[px] as number;
        if (column >= 0) sum += weight[cells[base + column] as number] as number;
        sums[row + px + 1] = (sums[above + px + 1] as number) + sum;
      }
      for (let x = 0; x < width; x++) {
        sum += weight[cells[base + x] as number] as number;
        sums[row + range + x + 1] = (sums[above + range + x + 1] as number) + sum;
      }
      for (let px = range + width; px < paddedWidth; px++) {
        const column = columnSources[px] as number;
        if (column >= 0) sum += weight[cells[base + column] as number] as number;
        sums[row + px + 1] = (sums[above + px + 1] as number) + sum;
      }
    }
  };
  return { sums, stride, fill };
}
