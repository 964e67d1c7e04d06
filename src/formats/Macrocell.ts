import type { PatternComment } from "./Pattern.ts";

/**
 * A macrocell (`.mc`) pattern as a list of quadtree nodes, without expanding them into cells:
 * node n (from 1) is `nodes[n - 1]`, children refer to earlier nodes by number, 0 is the empty
 * node of the right size, and the last node is the root.
 *
 * As in Golly, the root of level L (a 2^L square) has its top-left cell at
 * (-2^(L-1), 1 - 2^(L-1)) (y grows downwards).
 */
export interface Macrocell {
  /** The `#R` rule as written, if any. */
  readonly rule?: string;
  /** The `#G` generation (0 when absent). */
  readonly generation: bigint;
  /** `#C`, `#N` and `#O` lines, in order. */
  readonly comments: readonly PatternComment[];
  readonly nodes: readonly MacrocellNode[];
}

export type MacrocellNode = MacrocellLeaf | MacrocellBranch;

/**
 * A node of level 1 to 3 (2x2 to 8x8 cells) given by its rows, top first: bit x of a row is the
 * cell in column x. The 8x8 leaves of `.`/`*`/`$` lines are level 3; lower levels come from
 * Golly's older multicell-style lines.
 */
export interface MacrocellLeaf {
  readonly level: 1 | 2 | 3;
  readonly rows: readonly number[];
}

/** A node of level 4 or more: four quadrants of level - 1, by node number (0 for empty). */
export interface MacrocellBranch {
  readonly level: number;
  readonly nw: number;
  readonly ne: number;
  readonly sw: number;
  readonly se: number;
}

/** The deepest node level a macrocell may have: far beyond any pattern, within a byte. */
export const MAX_MACROCELL_LEVEL = 200;

/** Whether a node is given by its rows. */
export function isMacrocellLeaf(node: MacrocellNode): node is MacrocellLeaf {
  return "rows" in node;
}
