import type { BitLayout } from "./BitLayout.ts";

/**
 * The cells of a bit-sliced band, one byte (0 or 1) per cell, row-major, into `out` (a fresh
 * array when absent), which it returns.
 */
export function unpackBits(
  words: Int32Array,
  layout: BitLayout,
  out: Uint8Array = new Uint8Array(layout.width * layout.height),
): Uint8Array {
  const { width, height, stride, firstRow } = layout;
  for (let y = 0; y < height; y++) {
    const row = firstRow + y * stride;
    const start = y * width;
    // A word at a time: one load per 32 cells instead of one per cell.
    for (let x = 0; x < width; x += 32) {
      const word = words[row + (x >> 5)] as number;
      const end = Math.min(32, width - x);
      for (let b = 0; b < end; b++) out[start + x + b] = (word >>> b) & 1;
    }
  }
  return out;
}
