import type { Topology } from "../../engine/Grid.ts";

/**
 * Copies `values[cells[i]]` for every cell of a width x height grid into `out`, a grid two
 * wider and two higher, with a ghost border: the far side's cells on a torus, 0 on a plane. The
 * byte kernels then read any cell's 3x3 block without edge cases.
 */
export function padBlocks(
  cells: Uint8Array,
  width: number,
  height: number,
  topology: Topology,
  values: Uint8Array,
  out: Uint8Array,
): void {
  const W = width + 2;
  for (let y = 0; y < height; y++) {
    const from = y * width;
    const to = (y + 1) * W + 1;
    for (let x = 0; x < width; x++) out[to + x] = values[cells[from + x] as number] as number;
  }
  if (topology === "plane") return;
  for (let y = 1; y <= height; y++) {
    out[y * W] = out[y * W + width] as number;
    out[y * W + width + 1] = out[y * W + 1] as number;
  }
  out.copyWithin(0, height * W, (height + 1) * W);
  out.copyWithin((height + 1) * W, W, 2 * W);
}
