import { MAX_GRID_AREA } from "../engine/gridLimits.ts";

/**
 * A pattern as read from or written to a file: a `width` x `height` box of cells, row-major,
 * 1 for alive. Comments keep their kind (`N` name, `C` comment, `O` author, ...) so that a
 * round trip keeps them; plaintext `!Name:` lines map to `N`, other `!` lines to `C`.
 */
export interface Pattern {
  readonly width: number;
  readonly height: number;
  readonly cells: Uint8Array;
  /** The rulestring as the file gave it (not validated here), if it gave one. */
  readonly rule?: string;
  readonly comments: readonly PatternComment[];
}

export interface PatternComment {
  /** The letter after `#` in RLE: N, C, c, O, P, R, r, ... */
  readonly kind: string;
  readonly text: string;
}

/**
 * The most cells a parser will allocate for one pattern: the grid's own limit, 2^28 (256 MiB as
 * bytes). Each side is held to MAX_GRID_SIDE too, so a pattern that opens also fits the grid.
 */
export const MAX_PATTERN_AREA = MAX_GRID_AREA;
