import type { BitLayout } from "./BitLayout.ts";

/** The cells of a bit-sliced grid, one byte (0 or 1) per cell, row-major. */
export function unpackBits(words: Int32Array, layout: BitLayout): Uint8Array {
  const { width, height, stride, firstRow } = layout;
  const cells = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = firstRow + y * stride;
    for (let x = 0; x < width; x++) {
      cells[y * width + x] = ((words[row + (x >> 5)] as number) >>> (x & 31)) & 1;
    }
  }
  return cells;
}
