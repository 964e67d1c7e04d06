import type { HistoryActions } from "../LifeState.ts";
import type { StoreContext } from "./StoreContext.ts";

/** Undo and Redo over whole-world snapshots (edits, clear, random fill, paste, open, rule, size). */
export function createHistorySlice(ctx: StoreContext): HistoryActions {
  const { get, history } = ctx;
  return {
    checkpoint() {
      ctx.remember();
    },
    undo() {
      const previous = history.undo(ctx.snapshot());
      if (previous) ctx.restore(previous, "Undone");
      else get().showAlert(null);
    },
    redo() {
      const next = history.redo(ctx.snapshot());
      if (next) ctx.restore(next, "Redone");
    },
  };
}
