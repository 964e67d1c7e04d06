import { type CompactCells, compactCells, expandCells } from "./compactCells.ts";
import type { UndoSnapshot } from "./LifeState.ts";

/** A snapshot as history keeps it: cells compacted, generation 0 shared when it is the same. */
interface Kept extends Omit<UndoSnapshot, "cells" | "startCells"> {
  readonly cells: CompactCells;
  readonly startCells: CompactCells | "same";
}

function keep(snapshot: UndoSnapshot): Kept {
  const cells = compactCells(snapshot.cells);
  const startCells =
    snapshot.startCells === snapshot.cells ? "same" : compactCells(snapshot.startCells);
  return { ...snapshot, cells, startCells };
}

function bring(kept: Kept): UndoSnapshot {
  const cells = expandCells(kept.cells);
  return {
    ...kept,
    cells,
    startCells: kept.startCells === "same" ? cells : expandCells(kept.startCells),
  };
}

/**
 * Undo keeps at most this many steps, and at most this many bytes of cells (but always the
 * last step): 64 MiB is a thousand steps of a 512x512 grid, and one of a 16384x16384 grid.
 */
export const MAX_UNDO_STEPS = 100;
export const MAX_UNDO_BYTES = 64 * 1024 * 1024;

/**
 * Two stacks of world snapshots: what Undo goes back to, and what Redo goes forward to.
 * `onDrop` hears of each snapshot forgotten (trimmed, or a Redo branch replaced), so that what
 * it holds elsewhere (the universe worker's snapshot of an infinite world) can go too.
 */
export function createHistory(
  onDrop: (snapshot: Pick<UndoSnapshot, "infinite">) => void = () => {},
) {
  const undo: Kept[] = [];
  const redo: Kept[] = [];
  const bytes = (s: Kept) =>
    s.cells.runs.byteLength + (s.startCells === "same" ? 0 : s.startCells.runs.byteLength);
  const trim = () => {
    let total = undo.reduce((sum, s) => sum + bytes(s), 0);
    while (undo.length > MAX_UNDO_STEPS || (undo.length > 1 && total > MAX_UNDO_BYTES)) {
      const dropped = undo.shift() as Kept;
      total -= bytes(dropped);
      onDrop(dropped);
    }
  };
  return {
    /** Remembers `before` as the state an edit is about to change; forgets what Redo had. */
    record(before: UndoSnapshot) {
      undo.push(keep(before));
      for (const dropped of redo.splice(0)) onDrop(dropped);
      trim();
    },
    /** The state to go back to, given the current one (kept for Redo). */
    undo(current: UndoSnapshot): UndoSnapshot | undefined {
      const previous = undo.pop();
      if (previous) redo.push(keep(current));
      return previous && bring(previous);
    },
    redo(current: UndoSnapshot): UndoSnapshot | undefined {
      const next = redo.pop();
      if (next) {
        undo.push(keep(current));
        trim();
      }
      return next && bring(next);
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
