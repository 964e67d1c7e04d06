import type { CellRect, Space } from "../../universe/Universe.ts";
import type { PaintedPicture } from "../../worker/universe/protocol.ts";

/** A cell drawn or erased that the worker's latest picture may not show yet. */
export interface OverlayCell {
  readonly x: number;
  readonly y: number;
  readonly state: number;
  /** The edit that made it: a picture that includes this edit shows it. */
  readonly seq: number;
}

/**
 * The world as the page holds it, in any space: never its cells (they live in the universe
 * worker), but where it lives, its counts, bounds and engine as the worker last said, and the
 * latest picture of the view with the cells drawn since laid over it.
 */
export interface WorldView {
  readonly space: Space;
  readonly generation: bigint;
  readonly population: bigint;
  readonly bounds: CellRect | null;
  /** What runs it, as the status bar says it ("fast · wasm kernel · 2 workers"). */
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
  /**
   * The generations the run timeline in the worker can go back to, from the first kept to the
   * newest computed (see protocol.ts `goTo`): what Back and the timeline slider move over.
   */
  readonly timelineFirst: bigint;
  readonly timelineNewest: bigint;
}

/** What Undo keeps of the world: the worker's snapshot of it and of its start. */
export interface WorldKeys {
  readonly space: Space;
  readonly key: number;
  readonly startKey: number;
  readonly startGeneration: bigint;
  readonly atStart: boolean;
}

/** Whether the world lives on the infinite plane. */
export function onInfinitePlane(world: Pick<WorldView, "space">): boolean {
  return world.space.kind === "infinite";
}

/**
 * Whether the world lives on no bounded grid: on the infinite plane or a tube or strip, where
 * the store's width and height are only the grid it would go back to.
 */
export function isUnbounded(world: Pick<WorldView, "space">): boolean {
  return world.space.kind === "infinite" || world.space.kind === "tube";
}
