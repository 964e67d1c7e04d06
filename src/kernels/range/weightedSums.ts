import type { Topology } from "../../engine/Grid.ts";
import type { OffsetRectangle } from "./planRangeSums.ts";
import { createSummedArea, rectangleCorners } from "./rectangleSums.ts";

/** The neighbours of one weight, as a stack of rectangles of offsets. */
export interface WeightClass {
  readonly weight: number;
  readonly rectangles: readonly OffsetRectangle[];
}

/**
 * One generation of a weighted range rule (Golly's NG, NW): a summed-area table of the counted
 * cells, then for each weight its stack of rectangles, four reads a rectangle a cell, times the
 * weight; `table[state * tableStride + sum - lowest]` is the next state. The centre is not
 * summed: its weight is in its state's row. The cost grows with the number of rectangles (a
 * Gaussian of range r has about 2r weights a row, so about 4r² rectangles), as Golly's does.
 */
export function createWeightedSums(
  width: number,
  height: number,
  topology: Topology,
  range: number,
  classes: readonly WeightClass[],
): (
  cells: Uint8Array,
  next: Uint8Array,
  weight: Uint8Array,
  table: Uint8Array,
  tableStride: number,
  lowest: number,
) => void {
  const { sums, stride, fill } = createSummedArea(width, height, topology, range);
  const corners = classes.map(({ weight, rectangles }) => ({
    weight,
    at: rectangleCorners(rectangles, range, stride),
  }));
  const counts = new Int32Array(width);
  const part = new Int32Array(width);

  return (cells, next, weight, table, tableStride, lowest) => {
    fill(cells, weight);
    for (let y = 0; y < height; y++) {
      const corner = y * stride;
      const out = y * width;
      counts.fill(-lowest);
      for (const { weight: w, at } of corners) {
        part.fill(0);
        for (let k = 0; k < at.length; k += 4) {
          const a = corner + (at[k] as number);
          const b = corner + (at[k + 1] as number);
          const c = corner + (at[k + 2] as number);
          const d = corner + (at[k + 3] as number);
          for (let x = 0; x < width; x++) {
            part[x] =
              (part[x] as number) +
              (sums[a + x] as number) -
              (sums[b + x] as number) -
              (sums[c + x] as number) +
              (sums[d + x] as number);
          }
        }
        for (let x = 0; x < width; x++) counts[x] = (counts[x] as number) + w * (part[x] as number);
      }
      for (let x = 0; x < width; x++) {
        next[out + x] = table[
          (cells[out + x] as number) * tableStride + (counts[x] as number)
        ] as number;
      }
    }
  };
}
