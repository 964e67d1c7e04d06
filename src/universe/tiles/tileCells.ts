import type { CellRect, State } from "../Universe.ts";
import type { Tile } from "./Tile.ts";

/**
 * The live cells of `tiles` (128 x `rows` each) in `rect` (default: all of them) as (x, y, 1),
 * in row order: the tiles are walked a row of tiles at a time, west to east along each cell row.
 * `heap` is read as the cells are asked for, so the universe must not step meanwhile.
 */
export function* tileCells(
  tiles: readonly Tile[],
  heap: () => Int32Array,
  rows: number,
  rect?: CellRect,
): Generator<readonly [x: number, y: number, state: State]> {
  const x0 = rect ? rect.x : -Infinity;
  const x1 = rect ? rect.x + rect.width : Infinity;
  const y0 = rect ? rect.y : -Infinity;
  const y1 = rect ? rect.y + rect.height : Infinity;
  const inside = tiles
    .filter(
      (tile) =>
        tile.alive &&
        tile.tx * 128 < x1 &&
        tile.tx * 128 + 128 > x0 &&
        tile.ty * rows < y1 &&
        tile.ty * rows + rows > y0,
    )
    .sort((a, b) => a.ty - b.ty || a.tx - b.tx);
  for (let first = 0; first < inside.length; ) {
    const ty = (inside[first] as Tile).ty;
    let end = first;
    while (end < inside.length && (inside[end] as Tile).ty === ty) end++;
    const band = inside.slice(first, end);
    for (let y = Math.max(0, y0 - ty * rows); y < rows && ty * rows + y < y1; y++) {
      for (const tile of band) {
        const words = heap();
        const at = tile.buffer(tile.cur) + 4 * y;
        for (let k = 0; k < 4; k++) {
          let word = words[at + k] as number;
          while (word !== 0) {
            const bit = 31 - Math.clz32(word & -word);
            word &= word - 1;
            const x = tile.tx * 128 + 32 * k + bit;
            if (x >= x0 && x < x1) yield [x, ty * rows + y, 1];
          }
        }
      }
    }
    first = end;
  }
}
