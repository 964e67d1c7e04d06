import type { CellRect, DensityPicture } from "../Universe.ts";
import type { Tile } from "./Tile.ts";

/**
 * The density picture of `rect` at `2^scale` cells a pixel (see `DensityPicture`) of `tiles`
 * (128 x `rows` each). A tile that lies within one pixel adds its population there without
 * reading a cell, which is what keeps zoomed-out pictures fast; the others add their live cells
 * one by one.
 */
export function tilePicture(
  tiles: readonly Tile[],
  heap: Int32Array,
  rows: number,
  rect: CellRect,
  scale: number,
  population: (tile: Tile) => number,
): DensityPicture {
  const size = 2 ** scale;
  const width = Math.ceil(rect.width / size);
  const height = Math.ceil(rect.height / size);
  const counts = new Float64Array(width * height);
  const { x: left, y: top } = rect;
  const right = left + width * size;
  const bottom = top + height * size;
  for (const tile of tiles) {
    if (!tile.alive) continue;
    const x0 = tile.tx * 128;
    const y0 = tile.ty * rows;
    if (x0 + 128 <= left || x0 >= right || y0 + rows <= top || y0 >= bottom) continue;
    if (x0 >= left && x0 + 128 <= right && y0 >= top && y0 + rows <= bottom) {
      const i = Math.floor((x0 - left) / size);
      const j = Math.floor((y0 - top) / size);
      if (
        i === Math.floor((x0 + 127 - left) / size) &&
        j === Math.floor((y0 + rows - 1 - top) / size)
      ) {
        counts[j * width + i] = (counts[j * width + i] as number) + population(tile);
        continue;
      }
    }
    const at = tile.buffer(tile.cur);
    for (let y = 0; y < rows; y++) {
      const cy = y0 + y;
      if (cy < top || cy >= bottom) continue;
      const j = Math.floor((cy - top) / size);
      for (let k = 0; k < 4; k++) {
        let word = heap[at + 4 * y + k] as number;
        while (word !== 0) {
          const bit = 31 - Math.clz32(word & -word);
          word &= word - 1;
          const cx = x0 + 32 * k + bit;
          if (cx >= left && cx < right) {
            const p = j * width + Math.floor((cx - left) / size);
            counts[p] = (counts[p] as number) + 1;
          }
        }
      }
    }
  }
  const area = size * size;
  const pixels = new Uint8Array(width * height);
  for (let p = 0; p < pixels.length; p++) {
    const count = counts[p] as number;
    pixels[p] =
      count === 0 ? 0 : count >= area ? 255 : Math.max(1, Math.ceil((count * 255) / area));
  }
  return { x: left, y: top, scale, width, height, pixels };
}
