import { type BitLayout, cellMask } from "./BitLayout.ts";
import { wrapGhosts } from "./wrapGhosts.ts";

/**
 * Writes byte-per-cell `cells` (row-major, non-zero is alive) into rows 0..height-1 of `words`
 * at `layout`, clearing the padding, and fills the ghosts when columns wrap (a torus).
 */
export function packBits(
  cells: Uint8Array,
  words: Int32Array,
  layout: BitLayout,
  wrap: boolean,
): void {
  const { width, height, rowWords, stride, firstRow } = layout;
  for (let y = 0; y < height; y++) {
    const row = firstRow + y * stride;
    for (let k = 0; k < rowWords; k++) {
      let word = 0;
      const start = y * width + 32 * k;
      const bits = Math.min(32, width - 32 * k);
      for (let b = 0; b < bits; b++) {
        if (cells[start + b]) word |= 1 << b;
      }
      words[row + k] = word & cellMask(width, k);
    }
  }
  if (wrap) wrapGhosts(words, layout);
}
