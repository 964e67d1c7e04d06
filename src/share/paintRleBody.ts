import type { PackedCells } from "../engine/PackedCells.ts";
import { scanRleBody } from "./scanRleBody.ts";

/**
 * Sets alive the live cells of a one-line RLE body (`b` dead, `o` alive, `$` next row, each with
 * an optional count; `!` last) whose top-left corner sits at (left, top) of the grid, a run at a
 * time (a word at a time along it), so a body of long runs costs its runs, not its cells. As
 * strict as `scanRleBody`, which reads it. Throws ShareLinkError.
 */
export function paintRleBody(body: string, cells: PackedCells, left: number, top: number): void {
  scanRleBody(body, cells.width, cells.height, left, top, 2, (y, x0, x1) =>
    cells.fillRun(y, x0, x1),
  );
}
