import type { CellPoint } from "../view/Viewport.ts";

/**
 * The cells on the straight line from `from` to `to`, both ends included (Bresenham), so a
 * fast drag paints a gap-free stroke however far the pointer moved between two events.
 */
export function cellsOnLine(from: CellPoint, to: CellPoint): CellPoint[] {
  const points: CellPoint[] = [];
  let { x, y } = from;
  const dx = Math.abs(to.x - x);
  const dy = -Math.abs(to.y - y);
  const sx = x < to.x ? 1 : -1;
  const sy = y < to.y ? 1 : -1;
  let error = dx + dy;
  while (true) {
    points.push({ x, y });
    if (x === to.x && y === to.y) return points;
    const e2 = 2 * error;
    if (e2 >= dy) {
      error += dy;
      x += sx;
    }
    if (e2 <= dx) {
      error += dx;
      y += sy;
    }
  }
}
