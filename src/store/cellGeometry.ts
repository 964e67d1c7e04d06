import type { CellBox, CellPoint } from "../render/Viewport.ts";

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

/** The smallest box holding every live cell, or undefined when none is alive. */
export function liveBounds(cells: Uint8Array, width: number, height: number): CellBox | undefined {
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (!cells[row + x]) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      maxY = y;
    }
  }
  return maxX < 0
    ? undefined
    : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}

/** Copies `cells` into a grid of a new size, keeping the old grid centred in the new one. */
export function recentreCells(
  cells: Uint8Array,
  width: number,
  height: number,
  newWidth: number,
  newHeight: number,
): Uint8Array {
  const out = new Uint8Array(newWidth * newHeight);
  const dx = Math.floor((newWidth - width) / 2);
  const dy = Math.floor((newHeight - height) / 2);
  for (let y = 0; y < height; y++) {
    const ny = y + dy;
    if (ny < 0 || ny >= newHeight) continue;
    for (let x = 0; x < width; x++) {
      const nx = x + dx;
      if (nx >= 0 && nx < newWidth) out[ny * newWidth + nx] = cells[y * width + x] as number;
    }
  }
  return out;
}

/** The number of live cells. */
export function countLive(cells: Uint8Array): number {
  let n = 0;
  for (const cell of cells) n += cell;
  return n;
}
