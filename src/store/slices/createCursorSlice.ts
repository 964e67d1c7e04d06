import { centreCell, followCell } from "../../view/followCell.ts";
import type { CellPoint } from "../../view/Viewport.ts";
import type { CursorActions } from "../LifeState.ts";
import { isUnbounded } from "../world/WorldView.ts";
import type { StoreContext } from "./StoreContext.ts";

/** The keyboard cursor: a cell of the grid that arrows move and the view follows. */
export function createCursorSlice(ctx: StoreContext): CursorActions {
  const { set, get } = ctx;
  /** The nearest cell of the grid. */
  const clamp = (cell: CellPoint): CellPoint => {
    const s = get();
    if (isUnbounded(s.world)) return cell;
    return {
      x: Math.min(s.width - 1, Math.max(0, cell.x)),
      y: Math.min(s.height - 1, Math.max(0, cell.y)),
    };
  };
  const start = () => {
    const s = get();
    return clamp(centreCell(s.view, s.canvasWidth, s.canvasHeight));
  };
  return {
    showCursor() {
      if (!get().cursor) set({ cursor: start() });
    },
    hideCursor() {
      if (get().cursor) set({ cursor: null });
    },
    moveCursor(dx, dy) {
      const s = get();
      const from = s.cursor ?? start();
      const cursor = clamp({ x: from.x + dx, y: from.y + dy });
      set({ cursor, view: followCell(s.view, cursor, s.canvasWidth, s.canvasHeight) });
      get().movePaste(cursor);
    },
  };
}
