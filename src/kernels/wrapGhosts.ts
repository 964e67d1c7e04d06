import type { BitLayout } from "./BitLayout.ts";

/**
 * Copies each row's columns width-1 and 0 into its west and east ghosts (see `BitLayout`),
 * so that on a torus the next step's shifts bring in the wrapped-around neighbours.
 */
export function wrapGhosts(words: Int32Array, layout: BitLayout): void {
  const { width, height, stride, firstRow } = layout;
  const lastWord = (width - 1) >> 5;
  const lastBit = (width - 1) & 31;
  const ghostWord = width >> 5;
  const ghostBit = 1 << (width & 31);
  for (let y = 0; y < height; y++) {
    const row = firstRow + y * stride;
    const west = ((words[row + lastWord] as number) >>> lastBit) & 1;
    words[row - 1] = west << 31;
    const east = (words[row] as number) & 1;
    const ghost = row + ghostWord;
    words[ghost] = east
      ? (words[ghost] as number) | ghostBit
      : (words[ghost] as number) & ~ghostBit;
  }
}
