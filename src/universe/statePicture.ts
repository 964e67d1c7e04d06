import type { CellRect, DensityPicture, State } from "./Universe.ts";

/**
 * The state picture of `rect` at 2^scale cells a pixel (see DensityPicture) from a list of its
 * non-empty cells: each pixel holds the smallest non-zero state among its cells, or 0, which at
 * scale 0 is the cell's state. For the multi-state reference engines.
 */
export function statePictureOfCells(
  rect: CellRect,
  scale: number,
  cells: Iterable<readonly [number, number, State]>,
  states: number,
): DensityPicture {
  const side = 2 ** scale;
  const width = Math.ceil(rect.width / side);
  const height = Math.ceil(rect.height / side);
  const pixels = new Uint8Array(width * height);
  for (const [x, y, state] of cells) {
    const i = Math.floor((x - rect.x) / side);
    const j = Math.floor((y - rect.y) / side);
    if (i < 0 || i >= width || j < 0 || j >= height || state === 0) continue;
    const at = j * width + i;
    const held = pixels[at] as number;
    if (held === 0 || state < held) pixels[at] = state;
  }
  return { x: rect.x, y: rect.y, scale, width, height, pixels, states };
}

/**
 * The same from a bounded grid's cells, a byte each, row-major: pixels over cells outside the
 * grid see them as empty.
 */
export function statePictureOfBytes(
  bytes: Uint8Array,
  gridWidth: number,
  gridHeight: number,
  rect: CellRect,
  scale: number,
  states: number,
): DensityPicture {
  const side = 2 ** scale;
  const width = Math.ceil(rect.width / side);
  const height = Math.ceil(rect.height / side);
  const pixels = new Uint8Array(width * height);
  const y0 = Math.max(0, rect.y);
  const y1 = Math.min(gridHeight, rect.y + height * side);
  const x0 = Math.max(0, rect.x);
  const x1 = Math.min(gridWidth, rect.x + width * side);
  for (let y = y0; y < y1; y++) {
    const row = Math.floor((y - rect.y) / side) * width;
    for (let x = x0; x < x1; x++) {
      const state = bytes[y * gridWidth + x] as number;
      if (state === 0) continue;
      const at = row + Math.floor((x - rect.x) / side);
      const held = pixels[at] as number;
      if (held === 0 || state < held) pixels[at] = state;
    }
  }
  return { x: rect.x, y: rect.y, scale, width, height, pixels, states };
}
