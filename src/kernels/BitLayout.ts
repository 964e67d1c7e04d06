/**
 * Where the cells of a bit-sliced grid live in an `Int32Array`: bit `x & 31` of word `x >> 5`
 * of a row is the cell in column x. Rows are padded to whole groups of `lanes` words (1 for
 * the JS kernel, 4 for a 128-bit wasm vector) and the padding bits are kept 0, except one.
 *
 * Each row's data is preceded by `lead` spare words, so that a kernel can read the word before
 * and the word after any data word without a bounds test:
 *  - the last lead word is the row's west ghost: its bit 31 stands for column -1;
 *  - column `width` (a padding bit, or bit 0 of the next row's first lead word when the row
 *    has no padding) is the east ghost.
 * On a torus the ghosts hold a copy of columns width-1 and 0 (see `wrapGhosts`), so the
 * kernel's plain shifts see the wrapped neighbours; on a plane they stay 0.
 *
 * After the `height` rows comes one more row that stays all 0: the rows beyond a plane's edge.
 */
export interface BitLayout {
  readonly width: number;
  readonly height: number;
  /** Words of cells in a row, padding included: a multiple of `lanes`. */
  readonly rowWords: number;
  /** Words from the start of one row's data to the next. */
  readonly stride: number;
  /** Index of the first word of row 0. */
  readonly firstRow: number;
  /** Words the whole grid needs, the zero row and the ghosts included. */
  readonly totalWords: number;
}

/** The layout of a width x height grid whose rows are read `lanes` words at a time. */
export function createBitLayout(width: number, height: number, lanes: number): BitLayout {
  const rowWords = Math.ceil(width / (32 * lanes)) * lanes;
  // Two words at least: the previous row's east ghost and this row's west ghost.
  const lead = Math.max(2, lanes);
  const stride = rowWords + lead;
  const lastWord = lead + height * stride + rowWords; // the zero row's east ghost
  const totalWords = Math.ceil((lastWord + 1) / lanes) * lanes;
  return { width, height, rowWords, stride, firstRow: lead, totalWords };
}

/** The bits of word `k` of a row that are cells (not padding). */
export function cellMask(width: number, k: number): number {
  const bits = width - 32 * k;
  if (bits >= 32) return -1;
  return bits <= 0 ? 0 : (1 << bits) - 1;
}
