import type { BitLayout } from "./BitLayout.ts";

/**
 * Copies the columns width-1 and 0 of rows [from, to) into their west and east ghosts (see
 * `BitLayout`), so that when columns wrap the next step's shifts bring in the wrapped-around
 * neighbours. Rows -1 and `height` (the halos) may be included.
 */
export function wrapGhosts(
  words: Int32Array,
  layout: BitLayout,
  from = 0,
  to = layout.height,
): void {
  const { width, stride, firstRow } = layout;
  const lastWord = (width - 1) >> 5;
  const lastBit = (width - 1) & 31;
  const ghostWord = width >> 5;
  const ghostBit = 1 << (width & 31);
  for (let y = from; y < to; y++) {
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

/**
 * Writes `west` and `east` (`height + 2` states each, row -1 first; non-zero is alive) into
 * the west and east ghosts of rows -1..height, for surfaces whose left and right edges join
 * otherwise than straight.
 */
export function setGhostColumns(
  words: Int32Array,
  layout: BitLayout,
  west: Uint8Array,
  east: Uint8Array,
): void {
  const { width, height, stride, firstRow } = layout;
  const ghostWord = width >> 5;
  const ghostBit = 1 << (width & 31);
  for (let y = -1; y <= height; y++) {
    const row = firstRow + y * stride;
    words[row - 1] = west[y + 1] ? 1 << 31 : 0;
    const ghost = row + ghostWord;
    words[ghost] = east[y + 1]
      ? (words[ghost] as number) | ghostBit
      : (words[ghost] as number) & ~ghostBit;
  }
}
