import type { BoundedSpace } from "../bounded/BoundedUniverse.ts";
import { isGridSpace } from "../isGridSpace.ts";
import type { Universe, UniverseSnapshot } from "../Universe.ts";

/**
 * A bounded universe of a multi-state rule (Generations, History, Larger than Life): a byte a
 * cell. It has no `words()` (a bit a cell would lose the states), so `isBoundedUniverse` says
 * no and the two-state paths (packed autosave, links, Undo) must take its cells from `bytes()`
 * or `cells()`.
 */
export interface StateUniverse extends Universe {
  readonly space: BoundedSpace;
  /** How many states a cell can be in. */
  readonly states: number;
  /** The cells a byte each, row-major: a fresh copy, the caller's to keep. */
  bytes(): Uint8Array;
}

/** A multi-state bounded universe's snapshot: its cells a byte each, never written. */
export interface StateSnapshot extends UniverseSnapshot {
  readonly width: number;
  readonly height: number;
  readonly states: number;
  readonly bytes: Uint8Array;
}

/** Whether `universe` is a multi-state bounded universe. */
export function isStateUniverse(universe: Universe): universe is StateUniverse {
  return isGridSpace(universe.space) && "bytes" in universe && "states" in universe;
}
