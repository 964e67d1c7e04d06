import { readMultiStateCell } from "../formats/readMultiStateCell.ts";
import { ShareLinkError } from "./ShareLinkError.ts";

// Nine digits hold any count a 2^28-cell grid can use, and keep the arithmetic exact.
const MAX_COUNT_DIGITS = 9;

/**
 * Reads a one-line RLE body whose top-left corner sits at (left, top) of a `width` x `height`
 * grid, calling `paint` for each run of non-empty cells (row, first and end column, state) and
 * skipping empty ones: `b` or `.` empty, `o` alive, Golly's multi-state letters (`A`..`X`,
 * `pA`..`yO`) for states up to `stateCount` - 1, `$` next row, each with an optional count; `!`
 * last. A run costs its count, not its cells. Stricter than parseRle, since the body is
 * machine-written: no spaces, no count of 0, nothing after `!`, no state the rule lacks; every
 * run is checked against the grid before it is painted, so nothing past it is ever touched.
 * Throws ShareLinkError.
 */
export function scanRleBody(
  body: string,
  width: number,
  height: number,
  left: number,
  top: number,
  stateCount: number,
  paint: (y: number, x0: number, x1: number, state: number) => void,
): void {
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
    const char = body.charAt(i);
    if (char === "$") {
      x = left;
      y += run;
      if (y >= height) throw outside(width, height);
      continue;
    }
    if (char === "!") {
      if (counted || i !== body.length - 1) throw corrupt('"!" must end the cells');
      return;
    }
    let state: number;
    if (char === "b" || char === ".") state = 0;
    else if (char === "o") state = 1;
    else {
      const cell = readMultiStateCell(body, i);
      if (cell === undefined) throw corrupt(`unexpected ${JSON.stringify(char)} in the cells`);
      state = cell.state;
      i += cell.text.length - 1;
    }
    if (state >= stateCount) {
      throw corrupt(`state ${state} is beyond the rule's ${stateCount} states`);
    }
    if (x + run > width || (state !== 0 && y >= height)) throw outside(width, height);
    if (state !== 0) paint(y, x, x + run, state);
    x += run;
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
