import { packedRowWords, packRows } from "../engine/packRows.ts";
import type { BitLayout } from "./BitLayout.ts";
import { wrapGhosts } from "./wrapGhosts.ts";

/**
 * Writes byte-per-cell `cells` (row-major, non-zero is alive) into rows 0..height-1 of `words`
 * at `layout` (packRows, at the layout's start and stride), clearing the padding, and fills
 * the ghosts when columns wrap (a torus).
 */
export function packBits(
  cells: Uint8Array,
  words: Int32Array,
  layout: BitLayout,
  wrap: boolean,
): void {
  const { width, height, rowWords, stride, firstRow } = layout;
  packRows(cells, width, height, words, firstRow, stride);
  const count = packedRowWords(width);
  if (count < rowWords) {
    for (let y = 0; y < height; y++) {
      const row = firstRow + y * stride;
      words.fill(0, row + count, row + rowWords);
    }
  }
  if (wrap) wrapGhosts(words, layout);
}
