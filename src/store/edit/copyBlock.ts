import type { CellBox } from "../../render/Viewport.ts";
import type { CellBlock } from "./CellBlock.ts";

/** The cells of `box` (clipped to the grid) as a block of their own. */
export function copyBlock(cells: Uint8Array, gridWidth: number, box: CellBox): CellBlock {
  const out = new Uint8Array(box.width * box.height);
  for (let y = 0; y < box.height; y++) {
    const from = (box.y + y) * gridWidth + box.x;
    out.set(cells.subarray(from, from + box.width), y * box.width);
  }
  return { width: box.width, height: box.height, cells: out };
}
