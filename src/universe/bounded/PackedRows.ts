import { packedRowWords } from "../../engine/packRows.ts";
import type { PackedView } from "../../kernels/BandStepper.ts";
import { cellMask } from "../../kernels/BitLayout.ts";
import type { GridStepper } from "./GridStepper.ts";

/**
 * A grid's cells packed a bit each (the layout of `PackedCells.words`), read a row at a time:
 * `at(y)` makes row y readable as `stride` words from `words[at(y)]` on, until the next call.
 * A row's last word may hold bits past the last column (a kernel's ghost), which `lastMask`
 * clears; scans that stop at the last column need not apply it. The readers below keep the
 * scans (pictures, bounds, cells) blind to where the rows live.
 */
export interface PackedRows {
  readonly width: number;
  readonly height: number;
  /** Words in a row: `packedRowWords(width)`. */
  readonly stride: number;
  readonly lastMask: number;
  readonly words: Int32Array;
  at(y: number): number;
}

/** The rows of a whole packed grid already in hand. */
export function rowsOfWords(words: Int32Array, width: number, height: number): PackedRows {
  const stride = packedRowWords(width);
  const lastMask = cellMask(width, stride - 1);
  return { width, height, stride, lastMask, words, at: (y) => y * stride };
}

/** The rows of a grid read in place where its kernel keeps them. */
export function rowsOfView(view: PackedView, width: number, height: number): PackedRows {
  const { words, start, stride } = view;
  const lastMask = cellMask(width, packedRowWords(width) - 1);
  return {
    width,
    height,
    stride: packedRowWords(width),
    lastMask,
    words,
    at: (y) => start + y * stride,
  };
}

/** The rows of a stepper's grid, each read back when asked for, into a row of its own. */
export function rowsOfStepper(stepper: GridStepper, width: number, height: number): PackedRows {
  const stride = packedRowWords(width);
  const words = new Int32Array(stride);
  return {
    width,
    height,
    stride,
    lastMask: cellMask(width, stride - 1),
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
