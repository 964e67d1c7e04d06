import type { Topology } from "../../engine/index.ts";
import type { CellBlock } from "./CellBlock.ts";

/**
 * Writes `block` into the grid with its top-left cell at (x, y). "or" adds the block's live
 * cells and leaves the rest; "copy" also clears the cells under the block's dead ones. Cells
 * beyond the edge wrap on a torus and fall off a plane. Returns the number of cells changed.
 */
export function stampBlock(
  grid: {
    readonly width: number;
    readonly height: number;
    readonly topology: Topology;
    readonly cells: Uint8Array;
  },
  block: CellBlock,
  x: number,
  y: number,
  mode: "or" | "copy" = "or",
): number {
  let changed = 0;
  for (let by = 0; by < block.height; by++) {
    for (let bx = 0; bx < block.width; bx++) {
      const value = block.cells[by * block.width + bx] as number;
      if (!value && mode === "or") continue;
      let gx = x + bx;
      let gy = y + by;
      if (grid.topology === "torus") {
        gx = ((gx % grid.width) + grid.width) % grid.width;
        gy = ((gy % grid.height) + grid.height) % grid.height;
      } else if (gx < 0 || gy < 0 || gx >= grid.width || gy >= grid.height) {
        continue;
      }
      const index = gy * grid.width + gx;
      if (grid.cells[index] !== value) {
        grid.cells[index] = value;
        changed++;
      }
    }
  }
  return changed;
}
