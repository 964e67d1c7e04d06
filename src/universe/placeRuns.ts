import { foldOntoGrid } from "../engine/foldOntoGrid.ts";
import type { PatternRuns } from "../formats/SparsePattern.ts";
import { surfaceOfSpace } from "./surfaceOfSpace.ts";
import type { Space, TubeSpace } from "./Universe.ts";

/**
 * Where a pattern's runs land in a space with the box's top-left cell at (x, y): the one
 * placement loop, behind `stampPattern` (a Universe), `stampPacked` (a bounded grid's packed
 * words) and the store's edits. Calls `visit` with each landed stretch, columns [x0, x1) of
 * `row`, all in the run's `state`: on a torus a run is wrapped (split at the right edge; one
 * longer than the torus is wide covers the whole row), on a bounded plane it is clipped, on
 * Golly's other surfaces its cells outside the grid land one by one where the edges join them
 * (`foldOntoGrid`, as `Universe.set` puts them), on the infinite plane it lands as it is, on a
 * tube or strip it is wrapped or clipped across and lands as it is along.
 * Stretches come in run order. Returns how many cells fell outside a bounded space (wrapped,
 * folded or dropped); 0 on the infinite plane.
 */
export function placeRuns(
  space: Space,
  runs: Pick<PatternRuns, "xs" | "ys" | "lengths" | "states">,
  x: number,
  y: number,
  visit: (row: number, x0: number, x1: number, state: number) => void,
): number {
  const { xs, ys, lengths, states } = runs;
  let outside = 0;
  for (let i = 0; i < xs.length; i++) {
    const row = y + (ys[i] as number);
    const x0 = x + (xs[i] as number);
    const length = lengths[i] as number;
    const state = states[i] as number;
    if (space.kind === "infinite") {
      visit(row, x0, x0 + length, state);
      continue;
    }
    if (space.kind === "tube") {
      outside += placeOnTube(space, row, x0, length, state, visit);
      continue;
    }
    const { width, height } = space;
    const inRow = row >= 0 && row < height;
    const inside = inRow ? Math.max(0, Math.min(width, x0 + length) - Math.max(0, x0)) : 0;
    outside += length - inside;
    if (space.kind === "plane") {
      if (inside > 0) visit(row, Math.max(0, x0), Math.min(width, x0 + length), state);
      continue;
    }
    if (space.kind !== "torus" || space.shift !== undefined) {
      if (inside === length) {
        visit(row, x0, x0 + length, state);
        continue;
      }
      const surface = surfaceOfSpace(space);
      for (let cell = x0; cell < x0 + length; cell++) {
        const at = foldOntoGrid(surface, width, height, row, cell);
        const landed = Math.floor(at / width);
        visit(landed, at - landed * width, at - landed * width + 1, state);
      }
      continue;
    }
    const wrappedRow = ((row % height) + height) % height;
    if (length >= width) {
      visit(wrappedRow, 0, width, state);
      continue;
    }
    const start = ((x0 % width) + width) % width;
    const end = start + length;
    if (end <= width) {
      visit(wrappedRow, start, end, state);
    } else {
      visit(wrappedRow, start, width, state);
      visit(wrappedRow, 0, end - width, state);
    }
  }
  return outside;
}

/**
 * Places a run on a tube (wrapped across) or strip (clipped across), as `placeRuns` does;
 * returns how many of its cells fell outside the bounded side.
 */
function placeOnTube(
  tube: TubeSpace,
  row: number,
  x0: number,
  length: number,
  state: number,
  visit: (row: number, x0: number, x1: number, state: number) => void,
): number {
  const { size, topology } = tube;
  if (tube.axis === "x") {
    if (row >= 0 && row < size) {
      visit(row, x0, x0 + length, state);
      return 0;
    }
    if (topology === "torus") visit(((row % size) + size) % size, x0, x0 + length, state);
    return length;
  }
  const inside = Math.max(0, Math.min(size, x0 + length) - Math.max(0, x0));
  if (topology === "plane") {
    if (inside > 0) visit(row, Math.max(0, x0), Math.min(size, x0 + length), state);
    return length - inside;
  }
  if (length >= size) {
    visit(row, 0, size, state);
    return length - inside;
  }
  const start = ((x0 % size) + size) % size;
  if (start + length <= size) {
    visit(row, start, start + length, state);
  } else {
    visit(row, start, size, state);
    visit(row, 0, start + length - size, state);
  }
  return length - inside;
}
