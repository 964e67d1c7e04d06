import type { CellRect, DensityPicture, State } from "./Universe.ts";

/**
 * The density picture of `rect` at 2^scale cells a pixel, from a list of its non-empty cells:
 * for engines that can list their cells cheaply (the reference engines). A pixel holds the live
 * fraction of its square rounded up to 1..255, 255 when full (see DensityPicture).
 */
export function pictureOfCells(
  rect: CellRect,
  scale: number,
  cells: Iterable<readonly [number, number, State]>,
): DensityPicture {
  const side = 2 ** scale;
  const width = Math.ceil(rect.width / side);
  const height = Math.ceil(rect.height / side);
  const counts = new Float64Array(width * height);
  for (const [x, y] of cells) {
    const i = Math.floor((x - rect.x) / side);
    const j = Math.floor((y - rect.y) / side);
    if (i >= 0 && i < width && j >= 0 && j < height)
      counts[j * width + i] = (counts[j * width + i] as number) + 1;
  }
  return { x: rect.x, y: rect.y, scale, width, height, pixels: densityPixels(counts, side * side) };
}

/** Live counts out of `area` cells each, as density pixels 0, 1..254, 255 (full). */
export function densityPixels(counts: ArrayLike<number>, area: number): Uint8Array {
  const pixels = new Uint8Array(counts.length);
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    pixels[i] =
      count === 0 ? 0 : count >= area ? 255 : Math.min(254, Math.ceil((count * 255) / area));
  }
  return pixels;
}
