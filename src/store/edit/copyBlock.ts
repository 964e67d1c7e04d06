import type { PackedCells } from "../../engine/index.ts";
import type { CellBox } from "../../view/Viewport.ts";
import type { CellBlock } from "./CellBlock.ts";

/** The cells of `box` (inside the grid) as a block of their own. */
export function copyBlock(cells: PackedCells, box: CellBox): CellBlock {
  return { width: box.width, height: box.height, cells: cells.readBox(box) };
}
