/**
 * A kernel that steps one tile of the infinite plane: 128 columns (four 32-bit words a row,
 * bit `x & 31` of word `x >> 5` is column x, as in `BitLayout`) by `rows` rows. Every tile
 * buffer lives in `heap` and is named by its word offset; `zero` is an all-zero buffer that
 * stands for a missing neighbour.
 *
 * `step` writes the next generation of tile `c` into `dst`, from `c` and its eight neighbours
 * (in the order of `DIRECTIONS`), and describes it in `occupied` (the edge bits of its live
 * cells), `changed1` (of the cells that differ from `c`) and `changed2` (of those that differ
 * from `prev`, the tile two generations before the result), and `firstChanged` /
 * `lastChanged` (the first and last rows that differ from `c`, -1 when none). Populations are
 * counted apart, by `count`, only when they are asked for: counting every step cost a tenth of
 * the time. Only rows [from, to) need computing: the caller knows that the others are as in `c`.
 */
export interface TileKernel {
  readonly name: "wasm" | "bits" | "bytes";
  readonly rows: number;
  /** The whole memory; a new array after `reserve` grew it. */
  readonly heap: Int32Array;
  readonly zero: number;
  /** The first word free for tile buffers. */
  readonly firstFree: number;
  occupied: number;
  changed1: number;
  changed2: number;
  firstChanged: number;
  lastChanged: number;
  /** Makes `heap` at least `words` long, keeping its contents. */
  reserve(words: number): void;
  step(c: number, around: Int32Array, dst: number, prev: number, from: number, to: number): void;
  /** The live cells of the buffer at `at`. */
  count(at: number): number;
  dispose(): void;
}

/** Words in one tile buffer. */
export function tileWords(rows: number): number {
  return 4 * rows;
}

/** Below this word offset the wasm kernel keeps its rule and results (life.wat). */
export const RESERVED_WORDS = 256;
