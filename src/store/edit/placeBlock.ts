import { patternRuns } from "../../formats/index.ts";
import { placeRuns } from "../../universe/placeRuns.ts";
import type { Space } from "../../universe/Universe.ts";
import type { CellBlock } from "./CellBlock.ts";

/**
 * Where writing `block` at (x, y) puts its live cells (state 1) and, for "copy", its dead ones
 * (state 0), as stretches of a row (see placeRuns): the block's runs, so a block of long runs
 * costs its runs. A block wider or taller than a torus wraps onto itself, and its last cells
 * win: only its last `width` columns and `height` rows are written.
 */
export function placeBlock(
  space: Space,
  block: CellBlock,
  x: number,
  y: number,
  mode: "or" | "copy",
  visit: (row: number, x0: number, x1: number, state: number) => void,
): void {
  let shown = block;
  if (space.kind === "torus" && mode === "copy") {
    const dx = Math.max(0, block.width - space.width);
    const dy = Math.max(0, block.height - space.height);
    shown = lastCells(block, dx, dy);
    x += dx;
    y += dy;
  }
  if (mode === "copy") {
    const dead = shown.cells.map((value) => (value ? 0 : 1));
    placeRuns(space, patternRuns({ ...shown, cells: dead }), x, y, (row, x0, x1) =>
      visit(row, x0, x1, 0),
    );
  }
  placeRuns(space, patternRuns(shown), x, y, visit);
}

/** The block without its first `dx` columns and `dy` rows. */
function lastCells(block: CellBlock, dx: number, dy: number): CellBlock {
  if (dx === 0 && dy === 0) return block;
  const width = block.width - dx;
  const height = block.height - dy;
  const cells = new Uint8Array(width * height);
  for (let row = 0; row < height; row++) {
    const from = (row + dy) * block.width + dx;
    cells.set(block.cells.subarray(from, from + width), row * width);
  }
  return { width, height, cells };
}
