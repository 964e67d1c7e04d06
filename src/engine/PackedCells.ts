import { assertGridSize } from "./Grid.ts";
import { packedRowWords, packRows, unpackRows } from "./packRows.ts";

/** A box of cells: columns [x, x + width), rows [y, y + height). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A grid's cells at one bit each: row y starts at word `y * stride`, and column x is bit
 * `x & 31` of that row's word `x >> 5`. Bits past the last column are always 0. A 16384 x
 * 16384 grid is 32 MiB this way instead of 256 MiB at a byte per cell, which is what lets the
 * page hold one. `words` can be sent to a worker as is (or transferred).
 */
export class PackedCells {
  readonly stride: number;
  readonly words: Uint32Array;

  constructor(
    readonly width: number,
    readonly height: number,
    words?: Uint32Array,
  ) {
    assertGridSize(height, width);
    this.stride = packedRowWords(width);
    if (words && words.length !== this.stride * height) {
      throw new RangeError(
        `a ${width}x${height} grid needs ${this.stride * height} words, got ${words.length}`,
      );
    }
    this.words = words ?? new Uint32Array(this.stride * height);
  }

  /** Packs a row-major byte-per-cell array (non-zero is alive), with `packRows`. */
  static fromBytes(bytes: Uint8Array, width: number, height: number): PackedCells {
    const packed = new PackedCells(width, height);
    if (bytes.length !== width * height) {
      throw new RangeError(
        `a ${width}x${height} grid needs ${width * height} cells, got ${bytes.length}`,
      );
    }
    packRows(bytes, width, height, packed.signedWords());
    return packed;
  }

  get(x: number, y: number): 0 | 1 {
    return (((this.words[y * this.stride + (x >> 5)] as number) >>> (x & 31)) & 1) as 0 | 1;
  }

  set(x: number, y: number, alive: number): void {
    const i = y * this.stride + (x >> 5);
    const bit = 1 << (x & 31);
    const word = this.words[i] as number;
    this.words[i] = (alive ? word | bit : word & ~bit) >>> 0;
  }

  /** Sets alive the cells in columns [x0, x1) of row y: its whole words with one fill. */
  fillRun(y: number, x0: number, x1: number): void {
    if (x1 <= x0) return;
    const { words } = this;
    const row = y * this.stride;
    const first = x0 >> 5;
    const last = (x1 - 1) >> 5;
    const head = (~0 << (x0 & 31)) >>> 0;
    const tail = (x1 & 31) === 0 ? 0xffffffff : ~(~0 << (x1 & 31)) >>> 0;
    if (first === last) {
      words[row + first] = ((words[row + first] as number) | (head & tail)) >>> 0;
      return;
    }
    words[row + first] = ((words[row + first] as number) | head) >>> 0;
    words.fill(0xffffffff, row + first + 1, row + last);
    words[row + last] = ((words[row + last] as number) | tail) >>> 0;
  }

  /** The cell at row-major index `y * width + x`, as the edit protocol names cells. */
  getIndex(index: number): 0 | 1 {
    return this.get(index % this.width, Math.floor(index / this.width));
  }

  setIndex(index: number, alive: number): void {
    this.set(index % this.width, Math.floor(index / this.width), alive);
  }

  population(): number {
    // Indexed, and empty words skipped: a sparse 16384² grid is 8 Mi loads and compares.
    const { words } = this;
    let count = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as number;
      if (word !== 0) count += popcount(word);
    }
    return count;
  }

  /** Live cells in columns [x0, x1) of row y. */
  countInRow(y: number, x0: number, x1: number): number {
    if (x1 <= x0) return 0;
    const row = y * this.stride;
    const first = x0 >> 5;
    const last = (x1 - 1) >> 5;
    let count = 0;
    for (let w = first; w <= last; w++) {
      let word = this.words[row + w] as number;
      if (w === first) word &= ~0 << (x0 & 31);
      if (w === last && (x1 & 31) !== 0) word &= ~(~0 << (x1 & 31));
      count += popcount(word);
    }
    return count;
  }

  /**
   * The smallest box holding every live cell, or undefined when none is alive. Finds the first
   * and last live rows from either end, then in each row between them looks only at the words
   * left of the leftmost live word found so far and right of the rightmost: a full grid costs
   * a word or two per row, a sparse one a compare per word.
   */
  liveBounds(): Box | undefined {
    const { words, stride, height } = this;
    let top = 0;
    while (top < height && rowIsEmpty(words, top * stride, stride)) top++;
    if (top === height) return undefined;
    let bottom = height - 1;
    while (rowIsEmpty(words, bottom * stride, stride)) bottom--;
    let minWord = stride;
    let maxWord = -1;
    let minX = this.width;
    let maxX = -1;
    for (let y = top; y <= bottom; y++) {
      const row = y * stride;
      for (let w = 0; w <= Math.min(minWord, stride - 1); w++) {
        const word = words[row + w] as number;
        if (word === 0) continue;
        minWord = w;
        minX = Math.min(minX, w * 32 + (31 - Math.clz32(word & -word)));
        break;
      }
      for (let w = stride - 1; w >= Math.max(maxWord, 0); w--) {
        const word = words[row + w] as number;
        if (word === 0) continue;
        maxWord = w;
        maxX = Math.max(maxX, w * 32 + (31 - Math.clz32(word)));
        break;
      }
    }
    return { x: minX, y: top, width: maxX - minX + 1, height: bottom - top + 1 };
  }

  /** The cells of `box` (inside the grid) at a byte each, row-major. */
  readBox(box: Box): Uint8Array {
    const out = new Uint8Array(box.width * box.height);
    for (let y = 0; y < box.height; y++) {
      for (let x = 0; x < box.width; x++) out[y * box.width + x] = this.get(box.x + x, box.y + y);
    }
    return out;
  }

  /** Every cell at a byte each, row-major, with `unpackRows`. */
  toBytes(): Uint8Array {
    const out = new Uint8Array(this.width * this.height);
    unpackRows(this.signedWords(), this.width, this.height, out);
    return out;
  }

  /**
   * The words as an Int32Array view (the kernels' type), so that the packers see one array
   * type and stay monomorphic.
   */
  private signedWords(): Int32Array {
    return new Int32Array(this.words.buffer, this.words.byteOffset, this.words.length);
  }

  clone(): PackedCells {
    return new PackedCells(this.width, this.height, this.words.slice());
  }

  equals(other: PackedCells): boolean {
    if (other.width !== this.width || other.height !== this.height) return false;
    for (let i = 0; i < this.words.length; i++) if (this.words[i] !== other.words[i]) return false;
    return true;
  }
}

function rowIsEmpty(words: Uint32Array, start: number, stride: number): boolean {
  for (let i = start; i < start + stride; i++) if (words[i] !== 0) return false;
  return true;
}

/** Set bits in a 32-bit word. */
export function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
