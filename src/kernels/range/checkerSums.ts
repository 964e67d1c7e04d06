import type { Topology } from "../../engine/Grid.ts";
import { paddedSources } from "./paddedSources.ts";

/**
 * One generation of a range rule whose neighbourhood is a checkerboard of the (2r+1)² square:
 * Golly's NB (the cells of the other colour than the centre's, and the centre) when `same` is
 * false, ND (the cells of the centre's colour) when true. Two summed-area tables over the grid
 * padded by `range` (wrapped on a torus, empty on a plane), one for the padded positions where
 * y + x is even and one where it is odd (the colour goes with the position, so a torus of odd
 * width wraps as the interpreter's queries do), then four reads a cell: the same cost at any
 * range, where a stack of rectangles would take one a cell. `table[state * tableStride + sum]`
 * is the next state, the sum counting the centre.
 */
export function createCheckerSums(
  width: number,
  height: number,
  topology: Topology,
  range: number,
  same: boolean,
): (
  cells: Uint8Array,
  next: Uint8Array,
  weight: Uint8Array,
  table: Uint8Array,
  tableStride: number,
) => void {
  const paddedWidth = width + 2 * range;
  const paddedHeight = height + 2 * range;
  const stride = paddedWidth + 1;
  const sums = [
    new Int32Array((paddedHeight + 1) * stride),
    new Int32Array((paddedHeight + 1) * stride),
  ] as const;
  const rowSources = paddedSources(height, range, paddedHeight, topology);
  const columnSources = paddedSources(width, range, paddedWidth, topology);
  const side = 2 * range + 1;

  return (cells, next, weight, table, tableStride) => {
    const [even, odd] = sums;
    for (let py = 0; py < paddedHeight; py++) {
      const above = py * stride;
      const row = above + stride;
      const source = rowSources[py] as number;
      let sumEven = 0;
      let sumOdd = 0;
      for (let px = 0; px < paddedWidth; px++) {
        const column = columnSources[px] as number;
        const value =
          source >= 0 && column >= 0
            ? (weight[cells[source * width + column] as number] as number)
            : 0;
        if (((py + px) & 1) === 0) sumEven += value;
        else sumOdd += value;
        even[row + px + 1] = (even[above + px + 1] as number) + sumEven;
        odd[row + px + 1] = (odd[above + px + 1] as number) + sumOdd;
      }
    }
    for (let y = 0; y < height; y++) {
      const out = y * width;
      // The square's corners for the cell at (y, x): padded rows y .. y + 2r, columns x .. x + 2r.
      const top = y * stride;
      const bottom = (y + side) * stride;
      for (let x = 0; x < width; x++) {
        const centreEven = ((y + x) & 1) === 0;
        const counted = centreEven === same ? even : odd;
        const state = cells[out + x] as number;
        let sum =
          (counted[bottom + x + side] as number) -
          (counted[top + x + side] as number) -
          (counted[bottom + x] as number) +
          (counted[top + x] as number);
        if (!same) sum += weight[state] as number;
        next[out + x] = table[state * tableStride + sum] as number;
      }
    }
  };
}
