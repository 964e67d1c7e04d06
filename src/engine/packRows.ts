/**
 * Words in a packed row: ceil(width / 32). The one layout of packed cells, shared by
 * `PackedCells.words`, the rows bands trade and the rows of the kernels' bit-sliced bands: bit
 * `x & 31` of word `x >> 5` of a row is column x, and bits past the last column are 0.
 */
export function packedRowWords(width: number): number {
  return Math.ceil(width / 32);
}

/**
 * Packs `rows` rows of `width` cells, a byte each (non-zero is alive), into packed rows: row y
 * goes to words [outStart + y * outStride, + packedRowWords(width)) of `out`, bits past the last
 * column 0. By default the rows are back to back, as `PackedCells.words` holds them; a kernel's
 * band passes its own start and stride (see BitLayout). The one packer from bytes to words.
 */
export function packRows(
  bytes: Uint8Array,
  width: number,
  rows: number,
  out: Int32Array,
  outStart = 0,
  outStride = packedRowWords(width),
): void {
  const count = packedRowWords(width);
  for (let y = 0; y < rows; y++) {
    const row = outStart + y * outStride;
    for (let k = 0; k < count; k++) {
      const start = y * width + 32 * k;
      const bits = Math.min(32, width - 32 * k);
      let word = 0;
      for (let b = 0; b < bits; b++) if (bytes[start + b]) word |= 1 << b;
      out[row + k] = word;
    }
  }
}

/**
 * Unpacks `rows` packed rows (as `packRows` writes them, from `start` a `stride` apart) into
 * `out`, a byte (0 or 1) a cell, row-major; bits past the last column are not read. A word at a
 * time: one load per 32 cells. The one unpacker from words to bytes.
 */
export function unpackRows(
  words: Int32Array,
  width: number,
  rows: number,
  out: Uint8Array,
  start = 0,
  stride = packedRowWords(width),
): void {
  const count = packedRowWords(width);
  for (let y = 0; y < rows; y++) {
    const row = start + y * stride;
    for (let k = 0; k < count; k++) {
      const word = words[row + k] as number;
      const at = y * width + 32 * k;
      const bits = Math.min(32, width - 32 * k);
      for (let b = 0; b < bits; b++) out[at + b] = (word >>> b) & 1;
    }
  }
}
