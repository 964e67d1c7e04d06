import type { EdgePair, Shift, Topology } from "../engine/Surface.ts";
import type { Rule } from "../rules/Rule.ts";
import type { Space } from "./Universe.ts";

/**
 * A bounded world's geometry: a torus, a bounded plane or another of Golly's surfaces of
 * `width` x `height` cells, the bounded `Space` as the grid layers spell it (`topology` for
 * `kind`). Declared once here and
 * extended by the page's state, its undo snapshots, the pool's record and its bands' setups.
 */
export interface GridShape {
  readonly width: number;
  readonly height: number;
  readonly topology: Topology;
  /** A Klein bottle's twisted edges (see `Surface`). */
  readonly twist?: EdgePair | undefined;
  /** A shifted torus's or Klein bottle's shift (see `Surface`). */
  readonly shift?: Shift | undefined;
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
  const { topology, width, height, twist, shift } = shape;
  return {
    kind: topology,
    width,
    height,
    ...(twist !== undefined && { twist }),
    ...(shift !== undefined && { shift }),
  };
}
