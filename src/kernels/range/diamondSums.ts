import type { Topology } from "../../engine/Grid.ts";
import { paddedSources } from "./paddedSources.ts";

/**
 * One generation of a range rule whose neighbourhood (with the centre) is the diamond
 * |dy| + |dx| <= range (von Neumann), at a cost a cell independent of the range.
 *
 * Over the grid padded on every side (wrapped on a torus, empty on a plane) it builds cone
 * sums: cone(i, j) adds up the counted cells (i', j') with i' <= i, |j' - j| <= i - i' and i' +
 * j' of the parity of i + j, the cells between north-west and north-east of (i, j) on its own
 * checkerboard colour. A cone is its apex plus the two cones above it to either side less the
 * cone where those overlap; beyond the left or right edge of the padding, a cone holds the same
 * cells as the one a row up and a column in. The diamond of a parity is then one cone from
 * below, less two from the sides, plus the one where those overlap (Dean Hickerson's method, as
 * Golly's ltlalgo uses it); the other parity is the diamond one smaller.
 * `table[state * tableStride + sum]` is the next state.
 */
export function createDiamondSums(
  width: number,
  height: number,
  topology: Topology,
  range: number,
): (
  cells: Uint8Array,
  next: Uint8Array,
  weight: Uint8Array,
  table: Uint8Array,
  tableStride: number,
) => void {
  // Two empty rows on top keep every cone the diamonds read inside the array.
  const top = range + 2;
  const left = range + 1;
  const paddedWidth = width + 2 * left;
  const paddedHeight = height + top + range;
  const cones = new Int32Array(paddedHeight * paddedWidth);
  const rowSources = paddedSources(height, top, paddedHeight, topology);
  const columnSources = paddedSources(width, left, paddedWidth, topology);
  for (let py = 0; py < 2; py++) rowSources[py] = -1;
  const w = paddedWidth;
  const r = range;
  // The eight cones of a diamond, relative to the cell's own entry.
  const plus = [(r + 0) * w, -(r + 2) * w, (r - 1) * w, -(r + 1) * w];
  const minus = [-w + r + 1, -w - r - 1, -w + r, -w - r];

  return (cells, next, weight, table, tableStride) => {
    for (let py = 2; py < paddedHeight; py++) {
      const row = py * w;
      const up = row - w;
      const up2 = up - w;
      const source = rowSources[py] as number;
      const base = source * width;
      const counted = (px: number): number => {
        if (source < 0) return 0;
        const column = columnSources[px] as number;
        return column < 0 ? 0 : (weight[cells[base + column] as number] as number);
      };
      cones[row] = counted(0) + (cones[up + 1] as number);
      const cone = (px: number, apex: number): void => {
        cones[row + px] =
          apex +
          (cones[up + px - 1] as number) +
          (cones[up + px + 1] as number) -
          (cones[up2 + px] as number);
      };
      for (let px = 1; px < left; px++) cone(px, counted(px));
      if (source < 0) {
        for (let px = left; px < left + width; px++) cone(px, 0);
      } else {
        for (let px = left; px < left + width; px++) {
          cones[row + px] =
            (weight[cells[base + px - left] as number] as number) +
            (cones[up + px - 1] as number) +
            (cones[up + px + 1] as number) -
            (cones[up2 + px] as number);
        }
      }
      for (let px = left + width; px < w - 1; px++) cone(px, counted(px));
      cones[row + w - 1] = counted(w - 1) + (cones[up + w - 2] as number);
    }

    const [p0, p1, p2, p3] = plus as [number, number, number, number];
    const [m0, m1, m2, m3] = minus as [number, number, number, number];
    for (let y = 0; y < height; y++) {
      const out = y * width;
      const start = (y + top) * w + left;
      for (let x = 0; x < width; x++) {
        const at = start + x;
        const sum =
          (cones[at + p0] as number) +
          (cones[at + p1] as number) +
          (cones[at + p2] as number) +
          (cones[at + p3] as number) -
          (cones[at + m0] as number) -
          (cones[at + m1] as number) -
          (cones[at + m2] as number) -
          (cones[at + m3] as number);
        next[out + x] = table[(cells[out + x] as number) * tableStride + sum] as number;
      }
    }
  };
}
