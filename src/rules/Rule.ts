/**
 * A Life-like (outer totalistic, Moore neighbourhood) rule: bit n of `birth` is set when an
 * empty cell with n live neighbours is born, bit n of `survival` when a live cell with n live
 * neighbours stays alive. 9 bits each, so 2^18 rules.
 */
export interface Rule {
  readonly birth: number;
  readonly survival: number;
}

import type { Topology } from "../engine/Grid";

export type { Topology };

/** Golly's bounded-grid suffix: `:T64,48` is a 64-wide, 48-high torus, `:P64,48` a plane. */
export interface GridBounds {
  readonly topology: Topology;
  readonly width: number;
  readonly height: number;
}

/** What a rulestring says: the rule, and the grid when it carries a bounded-grid suffix. */
export interface ParsedRule {
  readonly rule: Rule;
  readonly bounds?: GridBounds;
}
