import type { PackedCells, Topology } from "../../engine/index.ts";
import type { CellBlock } from "./CellBlock.ts";

/**
 * The (cell index, state) pairs that writing `block` with its top-left cell at (x, y) would
 * change. "or" adds the block's live cells and leaves the rest; "copy" also clears the cells
 * under the block's dead ones. Beyond the edge, cells wrap on a torus and fall off a plane.
 * Only the block's own cells are visited, however big the grid.
 */
export function stampChanges(
  grid: { readonly topology: Topology; readonly cells: PackedCells },
  block: CellBlock,
  x: number,
  y: number,
  mode: "or" | "copy",
): [index: number, state: number][] {
  const { cells, topology } = grid;
  const { width, height } = cells;
  const changes = new Map<number, number>();
  for (let by = 0; by < block.height; by++) {
    for (let bx = 0; bx < block.width; bx++) {
      const value = block.cells[by * block.width + bx] as number;
      if (!value && mode === "or") continue;
      let gx = x + bx;
      let gy = y + by;
      if (topology === "torus") {
        gx = ((gx % width) + width) % width;
        gy = ((gy % height) + height) % height;
      } else if (gx < 0 || gy < 0 || gx >= width || gy >= height) {
        continue;
      }
      // A block wider than a torus wraps onto itself: the last write wins.
      changes.set(gy * width + gx, value);
    }
  }
  return [...changes].filter(([index, value]) => cells.getIndex(index) !== value);
}
