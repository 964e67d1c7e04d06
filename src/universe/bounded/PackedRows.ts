import { packedRowWords } from "../../engine/packRows.ts";
import type { GridStepper } from "./GridStepper.ts";

/**
 * A grid's cells packed a bit each (the layout of `PackedCells.words`), read a row at a time:
 * `at(y)` makes row y readable as `stride` words from `words[at(y)]` on, until the next call.
 * The readers below keep the scans (pictures, bounds, cells) blind to where the rows live.
 */
export interface PackedRows {
  readonly width: number;
  readonly height: number;
  readonly stride: number;
  readonly words: Int32Array;
  at(y: number): number;
}

/** The rows of a whole packed grid already in hand. */
export function rowsOfWords(words: Int32Array, width: number, height: number): PackedRows {
  const stride = packedRowWords(width);
  return { width, height, stride, words, at: (y) => y * stride };
}

/** The rows of a stepper's grid, each read back when asked for, into a row of its own. */
export function rowsOfStepper(stepper: GridStepper, width: number, height: number): PackedRows {
  const stride = packedRowWords(width);
  const words = new Int32Array(stride);
  return {
    width,
    height,
    stride,
    words,
    at: (y) => {
      stepper.readRow(y, words);
      return 0;
    },
  };
}

/** A signed view of packed words, the kernels' type. */
export function signed(words: Uint32Array): Int32Array {
  return new Int32Array(words.buffer, words.byteOffset, words.length);
}
