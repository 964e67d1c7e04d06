/**
 * One generation of a band with one byte per cell, looking each cell's 3x3 block up in the rule
 * table (bit order as in `CompiledRule`). The plain reference kernel: it runs any compiled rule,
 * totalistic or not, and is the baseline the bit-sliced kernels are measured against.
 *
 * `src` and `dst` hold `height + 2` rows of `width` cells: row 0 is the halo above the band,
 * rows 1..height the band, row height+1 the halo below. The halos of `src` are read (the caller
 * fills them), those of `dst` are not written. `wrap` says whether columns wrap around (a
 * torus) or read as empty beyond the edges (a plane), unless `ghosts` gives the columns
 * beyond the edges (`height + 2` cells each, from the halo above down). `src` and `dst` must
 * not be the same array.
 */
export function stepBytes(
  src: Uint8Array,
  dst: Uint8Array,
  width: number,
  height: number,
  wrap: boolean,
  table: Uint8Array,
  ghosts?: { readonly west: Uint8Array; readonly east: Uint8Array },
): void {
  for (let y = 1; y <= height; y++) {
    const up = (y - 1) * width;
    const mid = y * width;
    const down = (y + 1) * width;
    for (let x = 0; x < width; x++) {
      // Columns either side: -1 beyond a plane's edge, where cells read as empty.
      const west = x > 0 ? x - 1 : wrap ? width - 1 : -1;
      const east = x < width - 1 ? x + 1 : wrap ? 0 : -1;
      let index =
        ((src[mid + x] as number) << 4) |
        ((src[up + x] as number) << 1) |
        ((src[down + x] as number) << 7);
      if (west >= 0) {
        index |=
          (src[up + west] as number) |
          ((src[mid + west] as number) << 3) |
          ((src[down + west] as number) << 6);
      } else if (ghosts) {
        const { west: column } = ghosts;
        index |=
          (column[y - 1] as number) |
          ((column[y] as number) << 3) |
          ((column[y + 1] as number) << 6);
      }
      if (east >= 0) {
        index |=
          ((src[up + east] as number) << 2) |
          ((src[mid + east] as number) << 5) |
          ((src[down + east] as number) << 8);
      } else if (ghosts) {
        const { east: column } = ghosts;
        index |=
          ((column[y - 1] as number) << 2) |
          ((column[y] as number) << 5) |
          ((column[y + 1] as number) << 8);
      }
      dst[mid + x] = table[index] as number;
    }
  }
}
