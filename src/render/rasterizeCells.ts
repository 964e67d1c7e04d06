import { type PackedCells, popcount } from "../engine/index.ts";
import { mix, toPixel } from "../view/pixelColors.ts";
import type { CellBox } from "../view/Viewport.ts";

/** Pixels to blit, one 32-bit RGBA word per pixel in the platform's byte order (little-endian). */
export interface CellImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint32Array<ArrayBuffer>;
}

/**
 * One pixel per `block` x `block` cells of `box`: the colour of a lone cell when `block` is 1;
 * when zoomed out so far that a pixel covers many cells, the share of live cells blends empty
 * into alive, so a dense region looks dense instead of aliasing into noise.
 */
export function rasterizeCells(
  cells: PackedCells,
  box: CellBox,
  block: number,
  empty: number,
  alive: number,
  into?: CellImage,
): CellImage {
  const image = imageFor(box, block, into);
  createRowPainter(box, block, empty, alive)(cells, image, 0, image.height);
  return image;
}

/** An image of the size `rasterizeCells` makes for `box` and `block`: `into` when it fits. */
export function imageFor(box: CellBox, block: number, into?: CellImage): CellImage {
  const width = Math.ceil(box.width / block);
  const height = Math.ceil(box.height / block);
  return into && into.width === width && into.height === height
    ? into
    : { width, height, data: new Uint32Array(width * height) };
}

/** Paints pixel rows [from, to) of `image` from `cells`, as `rasterizeCells` would. */
export type RowPainter = (cells: PackedCells, image: CellImage, from: number, to: number) => void;

/**
 * The painter for one box, block and pair of colours, with what does not depend on the cells
 * worked out once: the shades, and how each row of the box splits into pixels (`RowPlan`).
 */
export function createRowPainter(
  box: CellBox,
  block: number,
  empty: number,
  alive: number,
): RowPainter {
  const emptyPixel = toPixel(empty);
  const alivePixel = toPixel(alive);
  if (block === 1) {
    return (cells, image, from, to) => {
      const { data, width } = image;
      for (let y = from; y < to; y++) {
        const out = y * width;
        for (let x = 0; x < width; x++) {
          data[out + x] = cells.get(box.x + x, box.y + y) ? alivePixel : emptyPixel;
        }
      }
    };
  }
  const shades = createShades(empty, alive, block * block);
  const plan = planRow(box.x, box.x + box.width, block);
  const yEnd = box.y + box.height;
  const xEnd = box.x + box.width;
  const counts = new Int32Array(Math.ceil(box.width / block));
  return (cells, image, from, to) => {
    const { data, width } = image;
    for (let py = from; py < to; py++) {
      const y0 = box.y + py * block;
      const y1 = Math.min(yEnd, y0 + block);
      counts.fill(0);
      for (let y = y0; y < y1; y++) countRow(cells, y, plan, counts);
      for (let px = 0; px < width; px++) {
        const x0 = box.x + px * block;
        // Partial blocks at the edge are shaded by the share of the cells they do cover.
        const covered = (y1 - y0) * (Math.min(xEnd, x0 + block) - x0);
        const level = Math.round(((counts[px] as number) / covered) * (block * block));
        data[py * width + px] = shades[level] as number;
      }
    }
  };
}

/**
 * How a row's columns [x0, x1) fall into pixels of `block` columns, as a list of segments: the
 * part of one word (its index, the shift and mask that isolate the bits) that lies in one pixel.
 * Every row of the box splits the same way, so this is worked out once per box, and counting a
 * row is then one masked popcount per segment: about two per word when a pixel is 24 cells
 * wide, one when it is 32 or more.
 */
interface RowPlan {
  readonly length: number;
  readonly word: Int32Array;
  readonly shift: Int32Array;
  readonly mask: Int32Array;
  readonly pixel: Int32Array;
}

function planRow(x0: number, x1: number, block: number): RowPlan {
  const word: number[] = [];
  const shift: number[] = [];
  const mask: number[] = [];
  const pixel: number[] = [];
  for (let w = x0 >> 5; w <= (x1 - 1) >> 5; w++) {
    const base = w * 32;
    const end = Math.min(base + 32, x1);
    let start = Math.max(base, x0);
    while (start < end) {
      const p = Math.floor((start - x0) / block);
      const stop = Math.min(end, x0 + (p + 1) * block);
      const bits = stop - start;
      word.push(w);
      shift.push(start - base);
      mask.push(bits === 32 ? -1 : (1 << bits) - 1);
      pixel.push(p);
      start = stop;
    }
  }
  return {
    length: word.length,
    word: Int32Array.from(word),
    shift: Int32Array.from(shift),
    mask: Int32Array.from(mask),
    pixel: Int32Array.from(pixel),
  };
}

/** Adds row y's live cells to `counts`, pixel by pixel, following `plan`. */
function countRow(cells: PackedCells, y: number, plan: RowPlan, counts: Int32Array): void {
  const { words } = cells;
  const row = y * cells.stride;
  const { length, word, shift, mask, pixel } = plan;
  for (let i = 0; i < length; i++) {
    const bits = words[row + (word[i] as number)] as number;
    if (bits === 0) continue;
    const p = pixel[i] as number;
    counts[p] =
      (counts[p] as number) + popcount((bits >>> (shift[i] as number)) & (mask[i] as number));
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
