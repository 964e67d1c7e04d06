import { isGridSpace } from "../isGridSpace.ts";
import type { GridSpace, Universe, UniverseSnapshot } from "../Universe.ts";

/** A bounded grid: a torus, a bounded plane or another of Golly's surfaces. */
export type BoundedSpace = GridSpace;

/**
 * A universe on a bounded grid, which can also hand over its cells packed a bit each (the
 * layout of `PackedCells.words`) for autosave, links and the page's Undo, without a pass over
 * (x, y) pairs.
 */
export interface BoundedUniverse extends Universe {
  readonly space: BoundedSpace;
  /** The cells packed a bit each: a fresh copy, the caller's to keep, edit or transfer. */
  words(): Uint32Array;
}

/**
 * A bounded universe's snapshot: its cells packed a bit each, 32 MiB at 16384x16384. Never
 * written once taken, so snapshots of an unchanged world share one buffer. The two-state
 * engines here keep bits; a multi-state world would keep a byte a cell beside them.
 */
export interface BoundedSnapshot extends UniverseSnapshot {
  readonly width: number;
  readonly height: number;
  readonly words: Uint32Array;
}

/** Whether `universe` runs on a bounded grid and can hand over its cells packed. */
export function isBoundedUniverse(universe: Universe): universe is BoundedUniverse {
  return isGridSpace(universe.space) && "words" in universe;
}

/**
 * The cells of a bounded universe packed a bit each, as `PackedCells.words` holds them: a fresh
 * copy. Throws a TypeError for a universe on the infinite plane.
 */
export function wordsOf(universe: Universe): Uint32Array {
  if (!isBoundedUniverse(universe)) {
    throw new TypeError(
      !isGridSpace(universe.space)
        ? "only a universe on a bounded grid has its cells as packed words"
        : "a multi-state grid has no packed words (a bit a cell would lose its states): read its cells",
    );
  }
  return universe.words();
}
