import type { BitLayout } from "./BitLayout.ts";

/** The number of live cells of a bit-sliced band (padding, ghosts and halos not counted). */
export function countBits(words: Int32Array, layout: BitLayout): number {
  const { width, height, stride, firstRow } = layout;
  // Whole words, then the last word's cells: the padding may hold the east ghost.
  const whole = width >> 5;
  const lastMask = (1 << (width & 31)) - 1;
  let count = 0;
  for (let y = 0; y < height; y++) {
    const row = firstRow + y * stride;
    for (let k = 0; k < whole; k++) count += popcount32(words[row + k] as number);
    if (lastMask !== 0) count += popcount32((words[row + whole] as number) & lastMask);
  }
  return count;
}

function popcount32(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
