import { unpackRows } from "../engine/packRows.ts";
import type { BitLayout } from "./BitLayout.ts";

/**
 * The cells of a bit-sliced band, one byte (0 or 1) per cell, row-major, into `out` (a fresh
 * array when absent), which it returns: unpackRows at the layout's start and stride.
 */
export function unpackBits(
  words: Int32Array,
  layout: BitLayout,
  out: Uint8Array = new Uint8Array(layout.width * layout.height),
): Uint8Array {
  unpackRows(words, layout.width, layout.height, out, layout.firstRow, layout.stride);
  return out;
}
