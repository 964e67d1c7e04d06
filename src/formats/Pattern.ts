import { MAX_GRID_AREA } from "../engine/gridLimits.ts";

/**
 * A pattern as read from or written to a file: a `width` x `height` box of cells, row-major,
 * each its state: 0 empty, 1 alive, and up to 255 for multi-state rules (Golly's `A`..`yO`). Comments keep their kind (`N` name, `C` comment, `O` author, ...) so that a
 * round trip keeps them; plaintext `!Name:` lines map to `N`, other `!` lines to `C`.
 */
export interface Pattern {
  readonly width: number;
  readonly height: number;
  readonly cells: Uint8Array;
  /** The rulestring as the file gave it (not validated here), if it gave one. */
  readonly rule?: string;
  readonly comments: readonly PatternComment[];
  /**
   * Where the box's top-left cell lies on the infinite plane, when the file gave a place: an RLE
   * `#CXRLE Pos=x,y` line, or the absolute coordinates of Life 1.05 and 1.06 (the top-left of the
   * live cells' bounding box). Both are given or neither.
   */
  readonly x?: number;
  readonly y?: number;
  /** The generation an RLE `#CXRLE Gen=n` line gave; a bigint, since Golly's go past 2^53. */
  readonly generation?: bigint;
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
