import type { Topology } from "../engine/Grid.ts";
import type { PackedCells } from "../engine/PackedCells.ts";

/** Where the viewer looks: the cell at the centre of the view and the zoom factor. */
export interface ShareView {
  readonly centerX: number;
  readonly centerY: number;
  /** Greater than 0. */
  readonly zoom: number;
}

/** Everything a share link carries: the grid, its rule, and optionally the view. */
export interface ShareState {
  /** Whole numbers of at least 1; `width * height` is at most the area limit. */
  readonly width: number;
  readonly height: number;
  readonly topology: Topology;
  /** A canonical rulestring such as `B3/S23`, without a bounded-grid suffix. */
  readonly rule: string;
  /** The cells at a bit each, `width` by `height`: never a byte per cell, even for 16384². */
  readonly cells: PackedCells;
  /**
   * For a rule of more than two states: each cell's state, a byte a cell, row-major (the cells
   * `cells` marks are the non-zero ones). Without it every marked cell is in state 1.
   */
  readonly states?: Uint8Array;
  readonly view?: ShareView;
  /**
   * A rule the user wrote in JavaScript, which the link carries beside `rule` (the built-in rule
   * the pattern opens on): it runs only when the person who opens the link says so.
   */
  readonly code?: string;
}
