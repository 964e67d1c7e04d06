import { packedRowWords } from "./BitLayout.ts";

/**
 * Packs `rows` rows of `width` cells, a byte each (non-zero is alive), into `out` as packed
 * rows: `packedRowWords(width)` words a row, bit `x & 31` of word `x >> 5` is column x, bits
 * past the last column 0 (the layout of `PackedCells.words`).
 */
export function packRows(bytes: Uint8Array, width: number, rows: number, out: Int32Array): void {
  const stride = packedRowWords(width);
  for (let y = 0; y < rows; y++) {
    for (let k = 0; k < stride; k++) {
      const start = y * width + 32 * k;
      const bits = Math.min(32, width - 32 * k);
      let word = 0;
      for (let b = 0; b < bits; b++) if (bytes[start + b]) word |= 1 << b;
      out[y * stride + k] = word;
    }
  }
}
