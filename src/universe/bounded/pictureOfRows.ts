import { popcount } from "../../engine/PackedCells.ts";
import { densityPixels } from "../pictureOfCells.ts";
import type { CellRect, DensityPicture } from "../Universe.ts";
import type { PackedRows } from "./PackedRows.ts";

/**
 * The density picture of `rect` at `2^scale` cells a pixel (see `DensityPicture`) of a packed
 * grid, counted a word at a time: each grid row splits into segments, the part of one word
 * that lies in one pixel, and a segment adds the popcount of its bits. Pixels or parts of them
 * outside the grid count its cells as empty. Only the rows the picture covers are read, and a
 * word with no live cell costs a compare.
 */
export function pictureOfRows(rows: PackedRows, rect: CellRect, scale: number): DensityPicture {
  const side = 2 ** scale;
  const width = Math.ceil(rect.width / side);
  const height = Math.ceil(rect.height / side);
  // At most 2^28 live cells in a pixel: the grid's own limit.
  const counts = new Uint32Array(width * height);
  const x0 = Math.max(0, rect.x);
  const x1 = Math.min(rows.width, rect.x + width * side);
  const y0 = Math.max(0, rect.y);
  const y1 = Math.min(rows.height, rect.y + height * side);
  if (x0 < x1 && y0 < y1) {
    const count =
      scale === 0 ? countCells(x0, x1, rect.x) : countSegments(planSegments(x0, x1, rect.x, side));
    for (let y = y0; y < y1; y++) {
      const at = rows.at(y);
      count(rows.words, at, Math.floor((y - rect.y) / side) * width, counts);
    }
  }
  return { x: rect.x, y: rect.y, scale, width, height, pixels: densityPixels(counts, side * side) };
}

/**
 * Adds the live cells of the packed row at `words[at]` to the pixel row of `counts` starting
 * at `rowStart`.
 */
type CountRow = (words: Int32Array, at: number, rowStart: number, counts: Uint32Array) => void;

/** Scale 0, columns [x0, x1) with pixel 0 at column `left`: each live bit marks its pixel. */
function countCells(x0: number, x1: number, left: number): CountRow {
  const first = x0 >> 5;
  const last = (x1 - 1) >> 5;
  return (words, at, rowStart, counts) => {
    const offset = rowStart - left;
    for (let k = first; k <= last; k++) {
      let word = words[at + k] as number;
      if (word === 0) continue;
      if (k === first) word &= ~0 << (x0 & 31);
      if (k === last && (x1 & 31) !== 0) word &= ~(~0 << (x1 & 31));
      const base = offset + 32 * k;
      while (word !== 0) {
        counts[base + 31 - Math.clz32(word & -word)] = 1;
        word &= word - 1;
      }
    }
  };
}

/**
 * How columns [x0, x1) of every row fall into pixels `side` cells wide, the first starting at
 * column `left`: for each word, its segments, each a shift and mask isolating its bits and the
 * pixel they add to. Worked out once a picture, since every row splits the same way.
 */
interface SegmentPlan {
  readonly firstWord: number;
  /** Word `firstWord + k`'s segments are [start[k], start[k + 1]). */
  readonly start: Int32Array;
  readonly shift: Int32Array;
  readonly mask: Int32Array;
  readonly pixel: Int32Array;
}

function planSegments(x0: number, x1: number, left: number, side: number): SegmentPlan {
  const firstWord = x0 >> 5;
  const lastWord = (x1 - 1) >> 5;
  const start = new Int32Array(lastWord - firstWord + 2);
  const shift: number[] = [];
  const mask: number[] = [];
  const pixel: number[] = [];
  for (let w = firstWord; w <= lastWord; w++) {
    start[w - firstWord] = pixel.length;
    const end = Math.min(32 * w + 32, x1);
    let from = Math.max(32 * w, x0);
    while (from < end) {
      const p = Math.floor((from - left) / side);
      const to = Math.min(end, left + (p + 1) * side);
      const bits = to - from;
      shift.push(from - 32 * w);
      mask.push(bits === 32 ? -1 : (1 << bits) - 1);
      pixel.push(p);
      from = to;
    }
  }
  start[lastWord - firstWord + 1] = pixel.length;
  return {
    firstWord,
    start,
    shift: Int32Array.from(shift),
    mask: Int32Array.from(mask),
    pixel: Int32Array.from(pixel),
  };
}

/** Scale 1 and up: a masked popcount a segment. */
function countSegments(plan: SegmentPlan): CountRow {
  const { firstWord, start, shift, mask, pixel } = plan;
  const words = start.length - 1;
  return (rowWords, at, rowStart, counts) => {
    for (let k = 0; k < words; k++) {
      const word = rowWords[at + firstWord + k] as number;
      if (word === 0) continue;
      for (let s = start[k] as number; s < (start[k + 1] as number); s++) {
        const i = rowStart + (pixel[s] as number);
        counts[i] =
          (counts[i] as number) + popcount((word >>> (shift[s] as number)) & (mask[s] as number));
      }
    }
  };
}
