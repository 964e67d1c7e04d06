import type { CellRect } from "../../universe/Universe.ts";
import type { PaintedPicture } from "../../worker/universe/protocol.ts";

/** A cell drawn or erased on the infinite plane that the worker's latest picture may not show. */
export interface OverlayCell {
  readonly x: number;
  readonly y: number;
  readonly state: 0 | 1;
  /** The edit that made it: a picture that includes this edit shows it. */
  readonly seq: number;
}

/**
 * The world on the infinite plane, as the page holds it: never its cells (they live in the
 * universe worker), but its counts, bounds, engine and the latest picture of the view.
 */
export interface InfiniteWorld {
  readonly generation: bigint;
  readonly population: bigint;
  readonly bounds: CellRect | null;
  readonly engine: string;
  /** The latest picture of (about) the view, null until one arrives. */
  readonly picture: PaintedPicture | null;
  /** Cells changed since the picture was made, shown over it so an edit shows at once. */
  readonly overlay: readonly OverlayCell[];
  /** The worker's snapshot Reset returns to, and its generation. */
  readonly startKey: number;
  readonly startGeneration: bigint;
  /** Whether the world is its start (nothing has run since it was opened, reset or edited). */
  readonly atStart: boolean;
}

/** What Undo keeps of an infinite world: the worker's snapshot of it and of its start. */
export interface InfiniteSnapshot {
  readonly key: number;
  readonly startKey: number;
  readonly startGeneration: bigint;
  readonly atStart: boolean;
}
