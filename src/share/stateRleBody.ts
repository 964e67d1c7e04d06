import type { Box } from "../engine/PackedCells.ts";
import { cellTag } from "../formats/writeRle.ts";
import { scanRleBody } from "./scanRleBody.ts";

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
  scanRleBody(body, width, height, left, top, stateCount, (y, x0, x1, state) => {
    states.fill(state, y * width + x0, y * width + x1);
    mark(y, x0, x1);
  });
}
