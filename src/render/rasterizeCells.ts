import { type PackedCells, popcount } from "../engine/index.ts";
import type { CellBox } from "./Viewport.ts";

/** Pixels to blit, one 32-bit RGBA word per pixel in the platform's byte order (little-endian). */
export interface CellImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint32Array<ArrayBuffer>;
}

/**
 * One pixel per `block` x `block` cells of `box`: the colour of a lone cell when `block` is 1;
 * when zoomed out so far that a pixel covers many cells, the share of live cells blends empty
 * into alive, so a dense region looks dense instead of aliasing into noise. Counting is done a
 * word (32 cells) at a time, so even a whole 16384 x 16384 grid costs 8M word reads.
 */
export function rasterizeCells(
  cells: PackedCells,
  box: CellBox,
  block: number,
  empty: number,
  alive: number,
  into?: CellImage,
): CellImage {
  const width = Math.ceil(box.width / block);
  const height = Math.ceil(box.height / block);
  const image =
    into && into.width === width && into.height === height
      ? into
      : { width, height, data: new Uint32Array(width * height) };
  const { data } = image;
  if (block === 1) {
    const emptyPixel = toPixel(empty);
    const alivePixel = toPixel(alive);
    for (let y = 0; y < height; y++) {
      const out = y * width;
      for (let x = 0; x < width; x++) {
        data[out + x] = cells.get(box.x + x, box.y + y) ? alivePixel : emptyPixel;
      }
    }
    return image;
  }
  const shades = createShades(empty, alive, block * block);
  const xEnd = box.x + box.width;
  const yEnd = box.y + box.height;
  const counts = new Uint32Array(width);
  for (let py = 0; py < height; py++) {
    const y0 = box.y + py * block;
    const y1 = Math.min(yEnd, y0 + block);
    counts.fill(0);
    for (let y = y0; y < y1; y++) addRowCounts(cells, y, box.x, xEnd, block, counts);
    for (let px = 0; px < width; px++) {
      const x0 = box.x + px * block;
      // Partial blocks at the edge are shaded by the share of the cells they do cover.
      const covered = (y1 - y0) * (Math.min(xEnd, x0 + block) - x0);
      const level = Math.round(((counts[px] as number) / covered) * (block * block));
      data[py * width + px] = shades[level] as number;
    }
  }
  return image;
}

/**
 * Adds row y's live cells in columns [x0, x1) to `counts[(x - x0) / block]`: a word at a time
 * when the word lies in one block, bit by set bit otherwise, so the cost is the words read plus
 * the live cells, never the dead ones.
 */
function addRowCounts(
  cells: PackedCells,
  y: number,
  x0: number,
  x1: number,
  block: number,
  counts: Uint32Array,
) {
  const { words, stride } = cells;
  const row = y * stride;
  const last = (x1 - 1) >> 5;
  for (let w = x0 >> 5; w <= last; w++) {
    let word = words[row + w] as number;
    if (word === 0) continue;
    const base = w * 32;
    if (base < x0) word &= ~0 << (x0 - base);
    if (base + 32 > x1) word &= ~(~0 << (x1 - base));
    if (word === 0) continue;
    const firstPixel = Math.floor((Math.max(base, x0) - x0) / block);
    const lastPixel = Math.floor((Math.min(base + 31, x1 - 1) - x0) / block);
    if (firstPixel === lastPixel) {
      counts[firstPixel] = (counts[firstPixel] as number) + popcount(word);
      continue;
    }
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      const pixel = Math.floor((base + bit - x0) / block);
      counts[pixel] = (counts[pixel] as number) + 1;
      word &= word - 1;
    }
  }
}

function createShades(empty: number, alive: number, levels: number): Uint32Array {
  const shades = new Uint32Array(levels + 1);
  for (let i = 0; i <= levels; i++) {
    // A gamma-ish curve so a sparse region is still visible when zoomed far out.
    shades[i] = toPixel(mix(empty, alive, Math.sqrt(i / levels)));
  }
  return shades;
}

function mix(a: number, b: number, t: number): number {
  const channel = (shift: number) => {
    const from = (a >> shift) & 0xff;
    const to = (b >> shift) & 0xff;
    return Math.round(from + (to - from) * t) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/** 0xRRGGBB to an opaque RGBA pixel as ImageData's Uint32 view sees it on little-endian hosts. */
export function toPixel(color: number): number {
  const r = (color >> 16) & 0xff;
  const g = (color >> 8) & 0xff;
  const b = color & 0xff;
  return ((0xff << 24) | (b << 16) | (g << 8) | r) >>> 0;
}
