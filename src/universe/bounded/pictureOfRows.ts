import { densityPixels } from "../pictureOfCells.ts";
import type { CellRect, DensityPicture } from "../Universe.ts";
import type { PackedRows } from "./PackedRows.ts";

/**
 * The density picture of `rect` at `2^scale` cells a pixel (see `DensityPicture`) of a packed
 * grid, counted a word at a time. Each row is read as words aligned to the picture, word i
 * holding the 32 columns from `rect.x + 32 * i` (two loads and shifts when `rect.x` is not a
 * multiple of 32), with the columns outside the grid empty. The steps of a popcount count the
 * cells: their partial sums are the pixels' counts below scale 5 (pairs of bits at scale 1,
 * nibbles at 2, bytes at 3, halves at 4), and from scale 3 on they are summed over a pixel's
 * rows before they are taken apart (from scale 5, a word lying in one pixel, its byte sums are
 * added up once for many rows). At scale 0 each live bit marks its pixel. Only the rows the
 * picture covers are read, and an empty word costs a compare.
 */
export function pictureOfRows(rows: PackedRows, rect: CellRect, scale: number): DensityPicture {
  const side = 2 ** scale;
  const width = Math.ceil(rect.width / side);
  const height = Math.ceil(rect.height / side);
  const pixels = new Uint8Array(width * height);
  const picture = { x: rect.x, y: rect.y, scale, width, height, pixels };
  // The cells the pixels cover, clipped to the grid.
  const x0 = Math.max(0, rect.x);
  const x1 = Math.min(rows.width, rect.x + width * side);
  const y0 = Math.max(0, rect.y);
  const y1 = Math.min(rows.height, rect.y + height * side);
  if (x0 >= x1 || y0 >= y1) return picture;
  const aligned = alignedWords(rows, rect.x, x0, x1);
  // At most 2^28 live cells in a pixel: the grid's own limit.
  const counts = scale === 0 ? undefined : new Uint32Array(width * height);
  const { words, first, count, tailMask } = aligned;
  // Scales 3 and up: sums stacked up a word at a time over a pixel's rows (see `stackSums`).
  const stack = scale >= 3 ? new Int32Array(count) : undefined;
  let stackRow = -1;
  let stacked = 0;
  for (let y = y0; y < y1; y++) {
    const at = aligned.read(y);
    const pixelRow = Math.floor((y - rect.y) / side) * width;
    if (stack && counts) {
      if ((pixelRow !== stackRow || stacked === MAX_STACKED) && stackRow >= 0) {
        unstack(stack, first, scale, counts, stackRow);
        stacked = 0;
      }
      stackRow = pixelRow;
      stackSums(words, at, count, tailMask, scale, stack);
      stacked++;
    } else if (counts) addCounts(words, at, first, count, tailMask, scale, counts, pixelRow);
    else markCells(words, at, first, count, tailMask, pixels, pixelRow);
  }
  if (stack && counts && stackRow >= 0) unstack(stack, first, scale, counts, stackRow);
  if (counts) pixels.set(densityPixels(counts, side * side));
  return picture;
}

/**
 * Rows read as words aligned to a picture starting at column `left`, for columns [x0, x1) of
 * the grid: after `read(y)`, `words[read(y) + i]` holds the columns from `left + 32 * (first +
 * i)`, for i < `count`, columns outside the grid clear; the last one's bits from x1 on are
 * cleared by `tailMask`. The rows are read in place when the picture is aligned to the grid's
 * words; else each is copied between two empty words, its last word masked, and shifted.
 */
function alignedWords(rows: PackedRows, left: number, x0: number, x1: number) {
  const first = Math.floor((x0 - left) / 32);
  const last = Math.floor((x1 - 1 - left) / 32);
  const count = last - first + 1;
  // Column left + 32 * first lies in grid word `base` (-1 to stride - 1, as 0 <= x0 < x1 <=
  // width), `shift` bits in.
  const start = left + 32 * first;
  const base = Math.floor(start / 32);
  const shift = start - 32 * base;
  const { stride, lastMask, words } = rows;
  // Bits of the last aligned word left of x1 (all but the partial last pixel's overhang).
  const tail = x1 - (left + 32 * last);
  const tailMask = tail >= 32 ? -1 : (1 << tail) - 1;
  const inPlace =
    shift === 0 &&
    base >= 0 &&
    (base + count < stride || (base + count === stride && lastMask === -1));
  /** A row at [1, stride], with empty words either side. */
  const padded = new Int32Array(stride + 2);
  const out = shift === 0 ? padded : new Int32Array(count);
  return {
    words: inPlace ? words : out,
    first,
    count,
    tailMask,
    read(y: number): number {
      const at = rows.at(y);
      if (inPlace) return at + base;
      padded.set(words.subarray(at, at + stride), 1);
      padded[stride] = (padded[stride] as number) & lastMask;
      if (shift === 0) return base + 1;
      let low = padded[base + 1] as number;
      for (let i = 0; i < count; i++) {
        const high = padded[base + 2 + i] as number;
        out[i] = (low >>> shift) | (high << (32 - shift));
        low = high;
      }
      return 0;
    },
  };
}

/** Scale 0: each live bit of aligned word i, from word `first`, marks its pixel full. */
function markCells(
  words: Int32Array,
  at: number,
  first: number,
  count: number,
  tailMask: number,
  pixels: Uint8Array,
  pixelRow: number,
): void {
  for (let i = 0; i < count; i++) {
    let word = words[at + i] as number;
    if (i === count - 1) word &= tailMask;
    const pixel = pixelRow + 32 * (first + i);
    while (word !== 0) {
      pixels[pixel + 31 - Math.clz32(word & -word)] = 255;
      word &= word - 1;
    }
  }
}

/** Scales 1 and 2: adds each aligned word's live cells to the pixels it covers. */
function addCounts(
  words: Int32Array,
  at: number,
  first: number,
  count: number,
  tailMask: number,
  scale: number,
  counts: Uint32Array,
  pixelRow: number,
): void {
  const fields = 32 >> scale;
  const bits = 1 << scale;
  const fieldMask = (1 << bits) - 1;
  for (let i = 0; i < count; i++) {
    const word = i === count - 1 ? (words[at + i] as number) & tailMask : (words[at + i] as number);
    if (word === 0) continue;
    const sums = partialSums(word, scale);
    const pixel = pixelRow + fields * (first + i);
    for (let f = 0; f < fields; f++) {
      const n = (sums >>> (f * bits)) & fieldMask;
      if (n !== 0) counts[pixel + f] = (counts[pixel + f] as number) + n;
    }
  }
}

/**
 * Rows stacked before the sums are taken apart: from scale 5 on a byte sums 8 cells a row, and
 * holds 31 rows' worth without overflowing into the next.
 */
const MAX_STACKED = 31;

/**
 * Scales 3 and up: adds each aligned word's partial sums (bytes; halves at scale 4) to
 * `stack`, field by field in one add: over a pixel's rows a byte sums at most 8 x 8 cells at
 * scale 3, a half 16 x 16 at scale 4, a byte 31 x 8 from scale 5 on (`MAX_STACKED`), so no
 * field overflows into the next, and the fields are taken apart once a pixel row (a popcount's
 * last steps, once for many rows, from scale 5 on).
 */
function stackSums(
  words: Int32Array,
  at: number,
  count: number,
  tailMask: number,
  scale: number,
  stack: Int32Array,
): void {
  for (let i = 0; i < count; i++) {
    const word = i === count - 1 ? (words[at + i] as number) & tailMask : (words[at + i] as number);
    if (word !== 0) stack[i] = (stack[i] as number) + partialSums(word, scale === 4 ? 4 : 3);
  }
}

/** Adds the stacked sums to their pixels in the pixel row at `pixelRow`, and clears them. */
function unstack(
  stack: Int32Array,
  first: number,
  scale: number,
  counts: Uint32Array,
  pixelRow: number,
): void {
  if (scale >= 5) {
    const wordsPerPixel = 2 ** (scale - 5);
    for (let i = 0; i < stack.length; i++) {
      const bytes = stack[i] as number;
      if (bytes === 0) continue;
      const halves = (bytes & 0x00ff00ff) + ((bytes >>> 8) & 0x00ff00ff);
      const p = pixelRow + Math.floor((first + i) / wordsPerPixel);
      counts[p] = (counts[p] as number) + (halves & 0xffff) + (halves >>> 16);
    }
    stack.fill(0);
    return;
  }
  const fields = 32 >> scale;
  const bits = 1 << scale;
  const fieldMask = (1 << bits) - 1;
  for (let i = 0; i < stack.length; i++) {
    const sums = stack[i] as number;
    if (sums === 0) continue;
    const pixel = pixelRow + fields * (first + i);
    for (let f = 0; f < fields; f++) {
      counts[pixel + f] = (counts[pixel + f] as number) + ((sums >>> (f * bits)) & fieldMask);
    }
  }
  stack.fill(0);
}

/**
 * The live cells of `word` counted in fields of 2^scale bits (scale 1 to 4), each field the
 * count of the cells it covers: the steps of a popcount, stopped early.
 */
function partialSums(word: number, scale: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  if (scale === 1) return v;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  if (scale === 2) return v;
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  if (scale === 3) return v;
  return (v + (v >>> 8)) & 0x00ff00ff;
}
