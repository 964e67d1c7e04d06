import type { Topology } from "../engine/Grid.ts";
import type { Rule } from "../rules/Rule.ts";
import type { Space } from "./Universe.ts";

/**
 * A bounded world's geometry: a torus or a bounded plane of `width` x `height` cells, the
 * bounded `Space` as the grid layers spell it (`topology` for `kind`). Declared once here and
 * extended by the page's state, its undo snapshots, the pool's record and its bands' setups.
 */
export interface GridShape {
  readonly width: number;
  readonly height: number;
  readonly topology: Topology;
}

/**
 * A bounded world as the page hands it to the band pool: its geometry, rule, generation and
 * cells packed one bit each (the layout of `PackedCells.words`).
 */
export interface BoundedWorld extends GridShape {
  readonly rule: Rule;
  /** The cells packed one bit each, as `PackedCells.words` lays them out. */
  readonly words: Uint32Array;
  readonly generation: number;
}

/** The Space a grid of this shape is. */
export function spaceOf(shape: GridShape): Space {
  return { kind: shape.topology, width: shape.width, height: shape.height };
}
