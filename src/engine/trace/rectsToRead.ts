import { foldOntoGrid } from "../foldOntoGrid.ts";
import type { Surface, Tube } from "../Surface.ts";

/** A rectangle of cells, columns [x, x + width) and rows [y, y + height). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The rectangles of a `width` x `height` grid with `surface` that hold every cell answering a
 * query in `box` (which may reach beyond the edges): each cell of the box folded onto the grid
 * as `foldOntoGrid` does (nothing beyond a plane's edge), runs of them along a row, and runs of
 * the same columns in successive rows merged. A trace needs only these cells of a grid that may
 * be far bigger; a box around a corner of a torus becomes a few small rectangles, not the grid.
 */
export function rectsToRead(surface: Surface, width: number, height: number, box: Rect): Rect[] {
  const cells = new Set<number>();
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const at = foldOntoGrid(surface, width, height, y, x);
      if (at >= 0) cells.add(at);
    }
  }
  const sorted = [...cells].sort((a, b) => a - b);
  // Runs along rows, in row order.
  const runs: { y: number; x0: number; x1: number }[] = [];
  for (const at of sorted) {
    const y = Math.floor(at / width);
    const x = at % width;
    const last = runs[runs.length - 1];
    if (last && last.y === y && last.x1 === x) last.x1 = x + 1;
    else runs.push({ y, x0: x, x1: x + 1 });
  }
  // Runs of the same columns in successive rows make one rectangle.
  const rects: { x: number; y: number; width: number; height: number }[] = [];
  const open = new Map<string, { x: number; y: number; width: number; height: number }>();
  for (const run of runs) {
    const key = `${run.x0},${run.x1}`;
    const rect = open.get(key);
    if (rect && rect.y + rect.height === run.y) {
      rect.height++;
    } else {
      const made = { x: run.x0, y: run.y, width: run.x1 - run.x0, height: 1 };
      rects.push(made);
      open.set(key, made);
    }
  }
  return rects;
}

/**
 * The rectangles of a tube or strip that hold every cell answering a query in `box`: the box
 * along the infinite axis, and across it the rows (or columns) it covers folded onto the tube
 * (nothing beyond a strip's edges), at most the whole of it.
 */
export function tubeRectsToRead(tube: Tube, box: Rect): Rect[] {
  const [from, length] = tube.axis === "x" ? [box.y, box.height] : [box.x, box.width];
  const spans: [number, number][] = [];
  if (tube.topology === "torus") {
    if (length >= tube.size) spans.push([0, tube.size]);
    else {
      const start = ((from % tube.size) + tube.size) % tube.size;
      const end = start + length;
      spans.push([start, Math.min(end, tube.size)]);
      if (end > tube.size) spans.push([0, end - tube.size]);
    }
  } else {
    const start = Math.max(from, 0);
    const end = Math.min(from + length, tube.size);
    if (end > start) spans.push([start, end]);
  }
  return spans.map(([start, end]) =>
    tube.axis === "x"
      ? { x: box.x, y: start, width: box.width, height: end - start }
      : { x: start, y: box.y, width: end - start, height: box.height },
  );
}
