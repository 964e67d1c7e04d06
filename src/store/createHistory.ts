import type { Space } from "../universe/Universe.ts";
import type { UndoSnapshot } from "./LifeState.ts";

/**
 * What the universe worker holds for a snapshot of a world in `space`, in bytes: a bounded
 * grid's cells packed a bit each; on the infinite plane nothing to count here (HashLife shares
 * its nodes, and its node store has a cap of its own), nor on a tube or strip (its snapshot is
 * its growing grid's, as small as its cells allow, at most a bounded grid's).
 */
export function snapshotBytes(space: Space): number {
  if (space.kind === "infinite" || space.kind === "tube") return 0;
  return Math.ceil(space.width / 32) * 4 * space.height;
}

/**
 * Undo keeps at most this many steps, and at most this many bytes of grids in the universe
 * worker (but always the last step): 256 MiB is a hundred steps of a 4096x4096 grid, and eight
 * of a 16384x16384 one.
 */
export const MAX_UNDO_STEPS = 100;
export const MAX_UNDO_BYTES = 256 * 1024 * 1024;

/**
 * Two stacks of world snapshots: what Undo goes back to, and what Redo goes forward to. The
 * cells are the universe worker's (a snapshot is its key there): `onDrop` hears of each snapshot
 * forgotten (trimmed, or a Redo branch replaced), so that the worker can let it go too.
 */
export function createHistory(onDrop: (snapshot: UndoSnapshot) => void = () => {}) {
  const undo: UndoSnapshot[] = [];
  const redo: UndoSnapshot[] = [];
  const bytes = (s: UndoSnapshot) => snapshotBytes(s.world.space);
  const trim = () => {
    let total = undo.reduce((sum, s) => sum + bytes(s), 0);
    while (undo.length > MAX_UNDO_STEPS || (undo.length > 1 && total > MAX_UNDO_BYTES)) {
      const dropped = undo.shift() as UndoSnapshot;
      total -= bytes(dropped);
      onDrop(dropped);
    }
  };
  return {
    /** Remembers `before` as the state an edit is about to change; forgets what Redo had. */
    record(before: UndoSnapshot) {
      undo.push(before);
      for (const dropped of redo.splice(0)) onDrop(dropped);
      trim();
    },
    /** The state to go back to, given the current one (kept for Redo). */
    undo(current: UndoSnapshot): UndoSnapshot | undefined {
      const previous = undo.pop();
      if (previous) redo.push(current);
      else onDrop(current);
      return previous;
    },
    redo(current: UndoSnapshot): UndoSnapshot | undefined {
      const next = redo.pop();
      if (next) {
        undo.push(current);
        trim();
      } else onDrop(current);
      return next;
    },
    get canUndo() {
      return undo.length > 0;
    },
    get canRedo() {
      return redo.length > 0;
    },
  };
}

export type History = ReturnType<typeof createHistory>;
