import type { Topology } from "../engine/Grid.ts";

/**
 * One generation with one byte per cell, looking each cell's 3x3 block up in the rule table
 * (bit order as in `CompiledRule`). The plain reference kernel: it runs any compiled rule,
 * totalistic or not, and is the baseline the bit-sliced kernels are measured against.
 *
 * `src` and `dst` are `height` rows of `width` cells; they must not be the same array.
 */
export function stepBytes(
  src: Uint8Array,
  dst: Uint8Array,
  width: number,
  height: number,
  topology: Topology,
  table: Uint8Array,
): void {
  const torus = topology === "torus";
  for (let y = 0; y < height; y++) {
    // Starts of the rows above and below, and columns either side: -1 beyond a plane's edge,
    // where cells read as empty.
    const up = y > 0 ? (y - 1) * width : torus ? (height - 1) * width : -1;
    const mid = y * width;
    const down = y < height - 1 ? (y + 1) * width : torus ? 0 : -1;
    for (let x = 0; x < width; x++) {
      const west = x > 0 ? x - 1 : torus ? width - 1 : -1;
      const east = x < width - 1 ? x + 1 : torus ? 0 : -1;
      let index = (src[mid + x] as number) << 4;
      if (west >= 0) index |= (src[mid + west] as number) << 3;
      if (east >= 0) index |= (src[mid + east] as number) << 5;
      if (up >= 0) {
        if (west >= 0) index |= src[up + west] as number;
        index |= (src[up + x] as number) << 1;
        if (east >= 0) index |= (src[up + east] as number) << 2;
      }
      if (down >= 0) {
        if (west >= 0) index |= (src[down + west] as number) << 6;
        index |= (src[down + x] as number) << 7;
        if (east >= 0) index |= (src[down + east] as number) << 8;
      }
      dst[mid + x] = table[index] as number;
    }
  }
}
