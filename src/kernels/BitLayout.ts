/**
 * Where the cells of a bit-sliced band of rows live in an `Int32Array`: bit `x & 31` of word
 * `x >> 5` of a row is the cell in column x. Rows are padded to whole groups of `lanes` words
 * (1 for the JS kernel, 4 for a 128-bit wasm vector) and the padding bits are kept 0, except
 * one.
 *
 * Each row's data is preceded by `lead` spare words, so that a kernel can read the word before
 * and the word after any data word without a bounds test:
 *  - the last lead word is the row's west ghost: its bit 31 stands for column -1;
 *  - column `width` (a padding bit, or bit 0 of the next row's first lead word when the row
 *    has no padding) is the east ghost.
 * When columns wrap (a torus) the ghosts hold a copy of columns width-1 and 0 (see
 * `wrapGhosts`), so the kernel's plain shifts see the wrapped neighbours; on a plane they
 * stay 0.
 *
 * Rows -1 and `height` are the halo rows: the kernel reads them as the rows just above and
 * below the band and never writes them. Whoever drives the kernel fills them before each step:
 * with the neighbouring bands' edge rows, with the band's own far rows when it is a whole torus,
 * with zeros beyond a plane's edge. Row y's data starts at word `firstRow + y * stride`, for
 * y in -1..height.
 */
export interface BitLayout {
  readonly width: number;
  /** Rows in the band, halo rows not counted. */
  readonly height: number;
  /** Words of cells in a row, padding included: a multiple of `lanes`. */
  readonly rowWords: number;
  /** Words from the start of one row's data to the next. */
  readonly stride: number;
  /** Index of the first word of row 0 (row -1, the halo above, is a stride before it). */
  readonly firstRow: number;
  /** Words the whole band needs, the halo rows and the ghosts included. */
  readonly totalWords: number;
}

/** The layout of a band of `height` rows of `width` cells, read `lanes` words at a time. */
export function createBitLayout(width: number, height: number, lanes: number): BitLayout {
  const rowWords = Math.ceil(width / (32 * lanes)) * lanes;
  // Two words at least: the previous row's east ghost and this row's west ghost.
  const lead = Math.max(2, lanes);
  const stride = rowWords + lead;
  const firstRow = lead + stride; // row -1 comes first
  const lastWord = firstRow + height * stride + rowWords; // the halo row below's east ghost
  const totalWords = Math.ceil((lastWord + 1) / lanes) * lanes;
  return { width, height, rowWords, stride, firstRow, totalWords };
}

/**
 * The kernels walk a band a column of words (or vectors) at a time, top to bottom, carrying
 * the rows above in locals. On a tall, wide band (a 16384-cell row is 2 KiB) a column's rows
 * have left the cache before the next column needs them, which made a 16384x16384 generation
 * two to three times slower than its cell count says. So they step a band a block of rows at a
 * time, each block's rows taking at most this many bytes, so that it is read from memory once.
 * A block reads the rows just above and below it, its neighbours' rows (or the halos), which
 * are unchanged in the source: the blocks are independent.
 */
export const ROW_BLOCK_BYTES = 64 * 1024;

/** Rows per block for this layout (see `ROW_BLOCK_BYTES`). */
export function rowsPerBlock(layout: BitLayout): number {
  return Math.max(1, Math.floor(ROW_BLOCK_BYTES / (4 * layout.stride)));
}

/** The bits of word `k` of a row that are cells (not padding). */
export function cellMask(width: number, k: number): number {
  const bits = width - 32 * k;
  if (bits >= 32) return -1;
  return bits <= 0 ? 0 : (1 << bits) - 1;
}

/** Words in a packed row as bands exchange them (the layout of `PackedCells.words`). */
export { packedRowWords } from "../engine/packRows.ts";
