import type { WorldSnapshot } from "./LifeState.ts";

/**
 * Undo keeps at most this many steps, and at most this many bytes of cells (but always the
 * last step): 64 MiB is a thousand steps of a 512x512 grid, and one of a 16384x16384 grid.
 */
export const MAX_UNDO_STEPS = 100;
export const MAX_UNDO_BYTES = 64 * 1024 * 1024;

/** Two stacks of world snapshots: what Undo goes back to, and what Redo goes forward to. */
export function createHistory() {
  const undo: WorldSnapshot[] = [];
  const redo: WorldSnapshot[] = [];
  const bytes = (s: WorldSnapshot) =>
    s.cells.words.byteLength + (s.startCells === s.cells ? 0 : s.startCells.words.byteLength);
  const trim = () => {
    let total = undo.reduce((sum, s) => sum + bytes(s), 0);
    while (undo.length > MAX_UNDO_STEPS || (undo.length > 1 && total > MAX_UNDO_BYTES)) {
      total -= bytes(undo.shift() as WorldSnapshot);
    }
  };
  return {
    /** Remembers `before` as the state an edit is about to change; forgets what Redo had. */
    record(before: WorldSnapshot) {
      undo.push(before);
      redo.length = 0;
      trim();
    },
    /** The state to go back to, given the current one (kept for Redo). */
    undo(current: WorldSnapshot): WorldSnapshot | undefined {
      const previous = undo.pop();
      if (previous) redo.push(current);
      return previous;
    },
    redo(current: WorldSnapshot): WorldSnapshot | undefined {
      const next = redo.pop();
      if (next) {
        undo.push(current);
        trim();
      }
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
