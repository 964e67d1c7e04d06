import { type Viewport, visibleBox } from "../view/Viewport.ts";
import type { Canvas2D } from "./drawScene.ts";
import { periodColors } from "./periodColors.ts";
import type { PeriodMapScene } from "./sceneOf.ts";

/**
 * Draws an identified oscillator's cell periods over the grid: each cell alive at some point of
 * the period filled in its period's colour (see periodColors), inset by a pixel when cells are
 * large so the grid lines still show. Only the cells in view are drawn.
 */
export function drawPeriodMap(
  ctx: Canvas2D,
  view: Viewport,
  canvasWidth: number,
  canvasHeight: number,
  map: PeriodMapScene | null,
  empty: number,
): void {
  if (!map) return;
  const { box, periods } = map;
  const colors = periodColors(
    map.counts.map(([period]) => period),
    empty,
  );
  const seen = visibleBox(view, canvasWidth, canvasHeight);
  const x0 = Math.max(box.x, seen.x);
  const y0 = Math.max(box.y, seen.y);
  const x1 = Math.min(box.x + box.width, seen.x + seen.width);
  const y1 = Math.min(box.y + box.height, seen.y + seen.height);
  const inset = view.zoom >= 6 ? 1 : 0;
  const size = Math.max(view.zoom - 2 * inset, 1);
  ctx.save();
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const period = periods[(y - box.y) * box.width + (x - box.x)] ?? 0;
      if (period === 0) continue;
      ctx.fillStyle = colors.get(period) ?? "#ffffff";
      ctx.fillRect(
        view.panX + x * view.zoom + inset,
        view.panY + y * view.zoom + inset,
        size,
        size,
      );
    }
  }
  ctx.restore();
}
