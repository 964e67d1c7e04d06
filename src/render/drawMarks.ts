import { DARK_THEME, type MarkColors } from "../view/Theme.ts";
import type { Viewport } from "../view/Viewport.ts";
import type { Canvas2D } from "./drawScene.ts";
import type { MarksScene } from "./sceneOf.ts";

/** The dark theme's mark colours (each theme has its own: Theme.marks). */
export const MARK_COLORS: MarkColors = DARK_THEME.marks;

/** Smallest side of a mark in CSS pixels, so that it shows when cells are tiny. */
const MIN_SIZE = 6;

/**
 * Draws the cells a running coroutine involves over the grid: a solid ring round the active
 * cell; the answering cell filled; a dashed ring where the query asked (beyond the edge it
 * stands outside the grid, and the fill on the far side shows where it wrapped to); and a
 * cross on each cell that differs from the kernel's generation; in the theme's `colors`.
 */
export function drawMarks(
  ctx: Canvas2D,
  view: Viewport,
  marks: MarksScene | null,
  colors: MarkColors = MARK_COLORS,
): void {
  if (!marks) return;
  const box = (cell: { x: number; y: number }) => {
    const size = Math.max(view.zoom, MIN_SIZE);
    return [
      view.panX + (cell.x + 0.5) * view.zoom - size / 2,
      view.panY + (cell.y + 0.5) * view.zoom - size / 2,
      size,
      size,
    ] as const;
  };
  ctx.save();
  if (marks.answered) {
    ctx.fillStyle = colors.answered;
    ctx.fillRect(...box(marks.answered));
  }
  ctx.lineWidth = 2;
  if (marks.asked) {
    ctx.setLineDash([3, 2]);
    ctx.strokeStyle = colors.asked;
    const [x, y, w, h] = box(marks.asked);
    ctx.strokeRect(x + 1, y + 1, w - 2, h - 2);
  }
  ctx.setLineDash([]);
  if (marks.active) {
    ctx.strokeStyle = colors.active;
    const [x, y, w, h] = box(marks.active);
    ctx.strokeRect(x - 1, y - 1, w + 2, h + 2);
  }
  if (marks.differing.length > 0) {
    ctx.strokeStyle = colors.differing;
    ctx.beginPath();
    for (const cell of marks.differing) {
      const [x, y, w, h] = box(cell);
      ctx.moveTo(x, y);
      ctx.lineTo(x + w, y + h);
      ctx.moveTo(x + w, y);
      ctx.lineTo(x, y + h);
    }
    ctx.stroke();
  }
  ctx.restore();
}
