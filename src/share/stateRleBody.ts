import type { Box } from "../engine/PackedCells.ts";
import { readMultiStateCell } from "../formats/readMultiStateCell.ts";
import { cellTag } from "../formats/writeRle.ts";
import { ShareLinkError } from "./ShareLinkError.ts";

// Nine digits hold any count a 2^28-cell grid can use, and keep the arithmetic exact.
const MAX_COUNT_DIGITS = 9;

/**
 * The one-line RLE body of `box` of a multi-state grid (`states` a byte a cell, `width` wide)
 * in Golly's multi-state letters (`.` empty, `A`..`X`, `pA`..`yO`, `$`, `!`): what a share link
 * carries for a rule of more than two states. Counts of 1, trailing empty cells and trailing
 * empty rows are left out, as in any RLE. Undefined as soon as it is longer than `maxBytes`.
 */
export function writeStateRleBody(
  states: Uint8Array,
  width: number,
  box: Box,
  maxBytes = Number.POSITIVE_INFINITY,
): string | undefined {
  const parts: string[] = [];
  let length = 0;
  const token = (count: number, tag: string) => {
    const text = count === 1 ? tag : `${count}${tag}`;
    parts.push(text);
    length += text.length;
  };
  let pendingRows = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    const row = y * width;
    let end = box.x + box.width;
    while (end > box.x && states[row + end - 1] === 0) end--;
    if (end === box.x) {
      pendingRows++;
      continue;
    }
    if (pendingRows > 0) token(pendingRows, "$");
    for (let x = box.x; x < end; ) {
      const state = states[row + x] as number;
      let run = 1;
      while (x + run < end && states[row + x + run] === state) run++;
      token(run, cellTag(state, true));
      x += run;
    }
    pendingRows = 1;
    if (length > maxBytes) return undefined;
  }
  token(1, "!");
  return length > maxBytes ? undefined : parts.join("");
}

/**
 * Sets the cells of a one-line multi-state RLE body (see writeStateRleBody) whose top-left sits
 * at (left, top) of a `width` x `height` grid into `states` (a byte a cell), calling `mark` for
 * each non-empty run. As strict as paintRleBody: no spaces, no count of 0, nothing after `!`,
 * no cell outside the grid, and no state the rule (of `stateCount` states) lacks. Throws
 * ShareLinkError.
 */
export function paintStateRleBody(
  body: string,
  grid: { readonly width: number; readonly height: number; readonly states: Uint8Array },
  left: number,
  top: number,
  stateCount: number,
  mark: (y: number, x0: number, x1: number) => void,
): void {
  const { width, height, states } = grid;
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
    if (char === ".") {
      x += run;
      if (x > width) throw outside(width, height);
    } else if (char === "$") {
      x = left;
      y += run;
      if (y >= height) throw outside(width, height);
    } else if (char === "!") {
      if (counted || i !== body.length - 1) throw corrupt('"!" must end the cells');
      return;
    } else {
      const cell = readMultiStateCell(body, i);
      if (cell === undefined) throw corrupt(`unexpected ${JSON.stringify(char)} in the cells`);
      if (cell.state >= stateCount) {
        throw corrupt(`state ${cell.state} is beyond the rule's ${stateCount} states`);
      }
      if (x + run > width || y >= height) throw outside(width, height);
      states.fill(cell.state, y * width + x, y * width + x + run);
      mark(y, x, x + run);
      x += run;
      i += cell.text.length - 1;
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
