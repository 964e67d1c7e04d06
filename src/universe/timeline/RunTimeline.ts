import { HashLifeUniverse } from "../hashlife/HashLifeUniverse.ts";
import type { Universe, UniverseSnapshot } from "../Universe.ts";
import { checkpointBytes } from "./checkpointBytes.ts";
import { Timeline, type TimelineLimits, type TimelineRange } from "./Timeline.ts";

/**
 * The timeline's cap: 128 MiB of cells (256 checkpoints of a 2048x2048 grid packed a bit a
 * cell, 32 of a 2048x2048 multi-state grid at a byte a cell, 4 of a 16384x16384 grid) and at
 * most 512 checkpoints whatever their size (HashLife's cost nothing here: see RunTimeline).
 */
export const TIMELINE_LIMITS: TimelineLimits = {
  maxBytes: 128 * 1024 * 1024,
  maxCheckpoints: 512,
};

/**
 * A checkpoint of a grid is a copy of all its cells: a run keeps one at the end of a chunk only
 * every `bytes / SPACING_BYTES` generations past the newest (every chunk below 4 MiB, a 4096² grid;
 * every 8 generations on 16384²), so that the copies cost a fraction of the stepping (a 16384²
 * run kept a checkpoint at each one- or two-generation chunk and took 1.75x as long as without
 * them). Going back past the newest checkpoint so recomputes at most that many generations.
 */
const SPACING_BYTES = 4 * 1024 * 1024;

/**
 * How full HashLife's node store may stay after a collection before the timeline gives up
 * checkpoints: past half, their nodes would crowd out the step's own.
 */
const NODE_SHARE = 0.5;

/**
 * A world's run timeline, as the universe worker keeps it: a `Timeline` of the universe's
 * snapshots, at generations counted as the page counts them (the universe's own plus the
 * generation it was loaded at, which stays the same for as long as the timeline does).
 *
 * On HashLife a snapshot is a root in the node store, O(1) to take, sharing its nodes with the
 * world; the store keeps every node a live snapshot reaches when it collects. So checkpoints
 * are bounded by count, and by the store: when a collection leaves the store more than half
 * full, the timeline halves its checkpoints (`squeeze`), and each one let go is released from
 * the universe at once (not when the JS collector frees the snapshot), so the next collection
 * frees its nodes. A step never has to split for want of nodes the timeline holds.
 */
export class RunTimeline {
  readonly timeline: Timeline<UniverseSnapshot>;
  private collections = -1;
  private universe: Universe | null = null;

  constructor(private readonly limits: TimelineLimits = TIMELINE_LIMITS) {
    this.timeline = new Timeline<UniverseSnapshot>(limits, (snapshot) => {
      if (this.universe instanceof HashLifeUniverse) this.universe.release(snapshot);
    });
  }

  /** Starts a new timeline (a new world, rule, engine or space, or a restored snapshot). */
  reset(): void {
    this.timeline.reset();
    this.collections = -1;
  }

  range(current: bigint): TimelineRange {
    return this.timeline.range(current);
  }

  /**
   * Keeps `universe` (the world, at `generation`) when nothing is held there yet. A world so
   * big that two of its checkpoints pass the byte cap (a 16384x16384 multi-state grid, 256 MiB)
   * keeps one, its first: no snapshot is taken at each chunk only to be dropped; an edit then
   * starts the timeline again from the edited world.
   */
  keep(universe: Universe, generation: bigint, cursor: bigint = generation): void {
    this.universe = universe;
    if (!this.timeline.wants(generation)) return;
    const last = this.timeline.checkpoints.at(-1);
    if (last && last.bytes * 2 > this.limits.maxBytes) {
      if (!this.timeline.seamPending(generation)) return;
      this.timeline.reset();
    }
    const spacing = last ? BigInt(Math.floor(last.bytes / SPACING_BYTES)) : 0n;
    if (
      last &&
      generation > last.generation &&
      generation - last.generation < spacing &&
      !this.timeline.seamPending(generation)
    ) {
      this.timeline.computed(generation);
      return;
    }
    const snapshot = universe.snapshot();
    this.timeline.record(generation, snapshot, checkpointBytes(snapshot), cursor);
    this.relieveNodes(universe, cursor);
  }

  /** The world was edited at `generation`: its old future goes. */
  edited(generation: bigint): void {
    this.timeline.edited(generation);
  }

  /**
   * Puts the world back at the checkpoint a going-to `target` starts from, when that is nearer
   * than where it is (`current`): any checkpoint when going back, one past `current` when going
   * forward. Returns the generation it is at then; the caller steps the rest, pausing at
   * `nextStop`. A target before the first kept generation is the first.
   */
  startFrom(universe: Universe, current: bigint, target: bigint): bigint {
    this.universe = universe;
    const from = this.timeline.nearest(target);
    if (!from) return current;
    if (target >= current && from.generation <= current) return current;
    universe.restore(from.snapshot);
    return from.generation;
  }

  /**
   * A step from `from` toward `to` that reaches an edit made there before (after going back
   * behind it) takes the edited cells: puts the first such seam back and returns its
   * generation, or null when there is none on the way. Going forward again so follows the
   * timeline, edits and all, as going to a generation does.
   */
  seamWithin(universe: Universe, from: bigint, to: bigint): bigint | null {
    this.universe = universe;
    const seam = this.timeline.seamAfter(from, to);
    if (!seam) return null;
    universe.restore(seam.snapshot);
    return seam.generation;
  }

  /** The first generation that can be gone to (`current` when nothing is kept). */
  first(current: bigint): bigint {
    return this.timeline.range(current).first;
  }

  /** Where a going-to `target` from `from` pauses next to keep a checkpoint. */
  nextStop(from: bigint, target: bigint): bigint {
    return this.timeline.nextStop(from, target);
  }

  /** Halves the checkpoints when HashLife's last collection left its node store too full. */
  private relieveNodes(universe: Universe, cursor: bigint): void {
    if (!(universe instanceof HashLifeUniverse)) return;
    const { store } = universe;
    if (store.collections === this.collections) return;
    this.collections = store.collections;
    if (store.nodeCount > NODE_SHARE * universe.maxNodes) {
      this.timeline.squeeze(this.timeline.checkpoints.length / 2, cursor);
    }
  }
}
