import type { Pattern } from "../formats/Pattern.ts";
import type { CellRect, Universe } from "./Universe.ts";

/**
 * The cells of `rect` of a universe as a dense pattern (a byte per cell, its state), for the
 * writers of files. `rect` defaults to the live cells' bounds (an empty universe gives a 0x0
 * pattern). The caller keeps the rectangle small enough to hold at a byte per cell.
 */
export function patternOf(universe: Universe, rect?: CellRect | null): Pattern {
  const box = rect === undefined ? universe.bounds() : rect;
  if (!box) return { width: 0, height: 0, cells: new Uint8Array(0), comments: [] };
  const cells = new Uint8Array(box.width * box.height);
  for (const [x, y, state] of universe.cells(box)) {
    cells[(y - box.y) * box.width + (x - box.x)] = state;
  }
  return { width: box.width, height: box.height, cells, comments: [] };
}
