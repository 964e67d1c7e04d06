import { packedRowWords } from "./BitLayout.ts";

/** Unpacks `rows` packed rows (as `packRows` writes them) into `out`, a byte (0 or 1) a cell. */
export function unpackRows(words: Int32Array, width: number, rows: number, out: Uint8Array): void {
  const stride = packedRowWords(width);
  for (let y = 0; y < rows; y++) {
    for (let k = 0; k < stride; k++) {
      const word = words[y * stride + k] as number;
      const start = y * width + 32 * k;
      const bits = Math.min(32, width - 32 * k);
      for (let b = 0; b < bits; b++) out[start + b] = (word >>> b) & 1;
    }
  }
}
