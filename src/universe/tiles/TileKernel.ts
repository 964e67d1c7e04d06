/**
 * A kernel that steps tiles of the infinite plane: 128 columns (four 32-bit words a row, bit
 * `x & 31` of word `x >> 5` is column x, as in `BitLayout`) by `rows` rows. Every tile buffer
 * lives in `heap` and is named by its word offset; `zero` is an all-zero buffer that stands for
 * a missing neighbour.
 *
 * `stepMany` steps a batch of tiles described by step records (see `STEP_RECORD_WORDS`), one
 * call for all the tiles of a generation rather than one a tile (on the soup of
 * `npm run bench -- --only tiles` no faster within the noise: a tile's rows cost far more than
 * the call). Each record names a tile `c`, its eight neighbours (in the order of `DIRECTIONS`),
 * where its next generation goes (`dst`) and the tile two generations before that (`prev`), and
 * the rows [from, to) that need computing (the caller knows that nothing near the others
 * changed: they are as in `c`, as they were in `prev`). The kernel writes the next generation
 * and describes it in the same record: the edge bits (tileEdges.ts) of its live cells
 * (`occupied`), of the cells that differ from `c` (`changed1`) and of those that differ from
 * `prev` (`changed2`), and the first and last rows that differ from `c` (-1 when none).
 * Populations are counted apart, by `count`, only when they are asked for: counting every step
 * cost a tenth of the time.
 */
export interface TileKernel {
  readonly name: "wasm" | "wasm-table" | "bits" | "bytes";
  readonly rows: number;
  /** The whole memory; a new array after `reserve` grew it. */
  readonly heap: Int32Array;
  readonly zero: number;
  /** The first word free for tile buffers. */
  readonly firstFree: number;
  /** Makes `heap` at least `words` long, keeping its contents. */
  reserve(words: number): void;
  /** Steps the `count` tiles of the step records at word offset `list` of `heap`. */
  stepMany(list: number, count: number): void;
  /** The live cells of the buffer at `at`, or of its `rows` rows from word `at` on. */
  count(at: number, rows?: number): number;
  dispose(): void;
}

/** Words in one tile buffer. */
export function tileWords(rows: number): number {
  return 4 * rows;
}

/** Below this word offset the wasm kernel keeps its rule and results (life.wat). */
export const RESERVED_WORDS = 256;

/**
 * Words in a step record (see `TileKernel`), at these offsets: the tile, its eight neighbours,
 * dst and prev (word offsets of buffers), from and to; then what the kernel writes.
 */
export const STEP_RECORD_WORDS = 20;
export const STEP_C = 0;
/** The eight neighbours follow, in the order of `DIRECTIONS`. */
export const STEP_AROUND = 1;
export const STEP_DST = 9;
export const STEP_PREV = 10;
export const STEP_FROM = 11;
export const STEP_TO = 12;
export const STEP_OCCUPIED = 13;
export const STEP_CHANGED1 = 14;
export const STEP_CHANGED2 = 15;
export const STEP_FIRST_CHANGED = 16;
export const STEP_LAST_CHANGED = 17;
