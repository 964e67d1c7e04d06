import type { PackedCells } from "../engine/PackedCells.ts";
import { ShareLinkError } from "./ShareLinkError.ts";

// Nine digits hold any count a 2^28-cell grid can use, and keep the arithmetic exact.
const MAX_COUNT_DIGITS = 9;

/**
 * Sets alive the live cells of a one-line RLE body (`b` dead, `o` alive, `$` next row, each with
 * an optional count; `!` last) whose top-left corner sits at (left, top) of the grid, a run at a
 * time (a word at a time along it), so a body of long runs costs its runs, not its cells.
 * Stricter than parseRle, since the body is machine-written: no spaces, no count of 0, nothing
 * after `!`. Every run is checked against the grid before it is painted, so nothing past the
 * grid is ever touched. Throws ShareLinkError.
 */
export function paintRleBody(body: string, cells: PackedCells, left: number, top: number): void {
  const { width, height } = cells;
  let x = left;
  let y = top;
  let count = 0;
  let digits = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      if (digits === 0 && code === 0x30) throw corrupt("a run count starts with 0");
      if (++digits > MAX_COUNT_DIGITS) throw corrupt("a run count is too long");
      count = count * 10 + (code - 0x30);
      continue;
    }
    const run = digits === 0 ? 1 : count;
    const counted = digits > 0;
    count = 0;
    digits = 0;
    switch (body[i]) {
      case "b":
        x += run;
        if (x > width) throw outside(width, height);
        break;
      case "o":
        if (x + run > width || y >= height) throw outside(width, height);
        cells.fillRun(y, x, x + run);
        x += run;
        break;
      case "$":
        x = left;
        y += run;
        if (y >= height) throw outside(width, height);
        break;
      case "!":
        if (counted || i !== body.length - 1) throw corrupt('"!" must end the cells');
        return;
      default:
        throw corrupt(`unexpected ${JSON.stringify(body.charAt(i))} in the cells`);
    }
  }
  throw corrupt('the cells are cut short: no "!" at the end');
}

function corrupt(reason: string): ShareLinkError {
  return new ShareLinkError(`the link's data is corrupt: ${reason}`);
}

function outside(width: number, height: number): ShareLinkError {
  return new ShareLinkError(
    `the link's data is corrupt: it places cells outside its ${width}x${height} grid`,
  );
}
