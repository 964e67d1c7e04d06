import { type BitLayout, cellMask } from "./BitLayout.ts";

/** The number of live cells of a bit-sliced grid (padding and ghosts not counted). */
export function countBits(words: Int32Array, layout: BitLayout): number {
  const { width, height, rowWords, stride, firstRow } = layout;
  let count = 0;
  for (let y = 0; y < height; y++) {
    const row = firstRow + y * stride;
    for (let k = 0; k < rowWords; k++) {
      count += popcount32((words[row + k] as number) & cellMask(width, k));
    }
  }
  return count;
}

function popcount32(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
