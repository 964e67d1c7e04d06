import type { CellRect, State } from "../Universe.ts";
import type { PackedRows } from "./PackedRows.ts";

/**
 * The live cells of a packed grid in `rect` (default: all of them), clipped to the grid, as
 * (x, y, 1) in row order: a compare for a word with no live cell, a step per live one.
 */
export function* cellsOfRows(
  rows: PackedRows,
  rect?: CellRect,
): Generator<readonly [number, number, State]> {
  const x0 = Math.max(0, rect?.x ?? 0);
  const y0 = Math.max(0, rect?.y ?? 0);
  const x1 = Math.min(rows.width, rect ? rect.x + rect.width : rows.width);
  const y1 = Math.min(rows.height, rect ? rect.y + rect.height : rows.height);
  if (x0 >= x1) return;
  const first = x0 >> 5;
  const last = (x1 - 1) >> 5;
  const { words } = rows;
  for (let y = y0; y < y1; y++) {
    const at = rows.at(y);
    for (let k = first; k <= last; k++) {
      let word = words[at + k] as number;
      if (word === 0) continue;
      if (k === first) word &= ~0 << (x0 & 31);
      if (k === last && (x1 & 31) !== 0) word &= ~(~0 << (x1 & 31));
      while (word !== 0) {
        yield [32 * k + 31 - Math.clz32(word & -word), y, 1];
        word &= word - 1;
      }
    }
  }
}
