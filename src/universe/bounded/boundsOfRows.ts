import type { CellRect } from "../Universe.ts";
import type { PackedRows } from "./PackedRows.ts";

/**
 * The smallest rectangle holding every live cell of a packed grid, or null when none is alive.
 * Finds the first and last live rows from either end, then in each row between them looks only
 * at the words left of the leftmost live word found so far and right of the rightmost: a full
 * grid costs a word or two a row, a sparse one a compare a word. Each row's last word is masked
 * (see `PackedRows.lastMask`).
 */
export function boundsOfRows(rows: PackedRows): CellRect | null {
  const { words, stride, height, lastMask } = rows;
  const last = stride - 1;
  const isEmpty = (y: number): boolean => {
    // One OR over the row and one test: empty rows are the ones scanned whole.
    const at = rows.at(y);
    let any = (words[at + last] as number) & lastMask;
    for (let i = at; i < at + last; i++) any |= words[i] as number;
    return any === 0;
  };
  let top = 0;
  while (top < height && isEmpty(top)) top++;
  if (top === height) return null;
  let bottom = height - 1;
  while (isEmpty(bottom)) bottom--;
  let minWord = stride;
  let maxWord = -1;
  let minX = rows.width;
  let maxX = -1;
  for (let y = top; y <= bottom; y++) {
    const at = rows.at(y);
    for (let w = 0; w <= Math.min(minWord, last); w++) {
      const word = w === last ? (words[at + w] as number) & lastMask : (words[at + w] as number);
      if (word === 0) continue;
      minWord = w;
      minX = Math.min(minX, 32 * w + 31 - Math.clz32(word & -word));
      break;
    }
    for (let w = last; w >= Math.max(maxWord, 0); w--) {
      const word = w === last ? (words[at + w] as number) & lastMask : (words[at + w] as number);
      if (word === 0) continue;
      maxWord = w;
      maxX = Math.max(maxX, 32 * w + 31 - Math.clz32(word));
      break;
    }
  }
  return { x: minX, y: top, width: maxX - minX + 1, height: bottom - top + 1 };
}
