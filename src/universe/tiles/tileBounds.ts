import type { CellRect } from "../Universe.ts";
import type { Tile } from "./Tile.ts";

/**
 * The smallest rectangle holding every live cell of `tiles` (128 x `rows` each, see `Tile`), or
 * null when there is none. Only the outermost tiles on each side are read cell by cell.
 */
export function tileBounds(
  tiles: readonly Tile[],
  heap: Int32Array,
  rows: number,
): CellRect | null {
  let minTx = Infinity;
  let maxTx = -Infinity;
  let minTy = Infinity;
  let maxTy = -Infinity;
  for (const tile of tiles) {
    if (!tile.alive) continue;
    minTx = Math.min(minTx, tile.tx);
    maxTx = Math.max(maxTx, tile.tx);
    minTy = Math.min(minTy, tile.ty);
    maxTy = Math.max(maxTy, tile.ty);
  }
  if (minTx === Infinity) return null;
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const tile of tiles) {
    if (!tile.alive) continue;
    const at = tile.buffer(tile.cur);
    const x0 = tile.tx * 128;
    const y0 = tile.ty * rows;
    if (tile.tx === minTx || tile.tx === maxTx) {
      const columns = [0, 0, 0, 0];
      for (let y = 0; y < rows; y++) {
        for (let k = 0; k < 4; k++)
          columns[k] = (columns[k] as number) | (heap[at + 4 * y + k] as number);
      }
      for (let k = 0; k < 4; k++) {
        const word = columns[k] as number;
        if (word === 0) continue;
        left = Math.min(left, x0 + 32 * k + (31 - Math.clz32(word & -word)));
        right = Math.max(right, x0 + 32 * k + (31 - Math.clz32(word)));
      }
    }
    if (tile.ty === minTy || tile.ty === maxTy) {
      for (let y = 0; y < rows; y++) {
        const i = at + 4 * y;
        if (
          ((heap[i] as number) |
            (heap[i + 1] as number) |
            (heap[i + 2] as number) |
            (heap[i + 3] as number)) !==
          0
        ) {
          top = Math.min(top, y0 + y);
          bottom = Math.max(bottom, y0 + y);
        }
      }
    }
  }
  return { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}
