import { fitsGridSides, MAX_GRID_SIDE } from "../engine/gridLimits.ts";
import { createAreaError } from "./createAreaError.ts";
import { createCharacterError } from "./createCharacterError.ts";
import { iterateLines } from "./iterateLines.ts";
import type { Pattern, PatternComment } from "./Pattern.ts";
import { parseCellsComment } from "./parseCellsComment.ts";

/**
 * Reads a plaintext `.cells` pattern (LifeWiki): `!` lines are comments, other lines are rows of
 * `.` dead and `O` or `*` alive. Short rows are padded with dead cells; the width is the longest
 * row. Blank lines between rows are empty rows; blank lines before the first row or after the
 * last one are dropped, and so is trailing whitespace on a row.
 * Throws FormatError with the 1-based line and column of the first character it cannot read.
 */
export function parseCells(text: string): Pattern {
  const comments: PatternComment[] = [];
  const rows: string[] = [];
  let blankRows = 0;
  let width = 0;
  let lineNumber = 0;
  for (const line of iterateLines(text)) {
    lineNumber++;
    if (line.startsWith("!")) {
      comments.push(parseCellsComment(line));
      continue;
    }
    const row = line.trimEnd();
    if (row === "") {
      // A blank line only becomes a row once a later row shows it is not trailing.
      if (rows.length > 0) blankRows++;
      continue;
    }
    checkRow(row, lineNumber);
    for (; blankRows > 0; blankRows--) rows.push("");
    rows.push(row);
    checkArea(width, row, rows.length, lineNumber);
    width = Math.max(width, row.length);
  }
  return { width, height: rows.length, cells: fillCells(rows, width), comments };
}

function checkRow(row: string, lineNumber: number): void {
  for (let index = 0; index < row.length; index++) {
    const cell = row[index];
    if (cell !== "." && cell !== "O" && cell !== "*") {
      throw createCharacterError(row, index, lineNumber);
    }
  }
}

/** Refuses the row that makes the box too large, pointing at its first cell outside the limit. */
function checkArea(width: number, row: string, height: number, lineNumber: number): void {
  const newWidth = Math.max(width, row.length);
  if (fitsGridSides(newWidth, height)) return;
  // A row past the last one allowed is too many from its first cell; a row too long, from the
  // first cell past the limit.
  const column = height > MAX_GRID_SIDE ? 1 : MAX_GRID_SIDE + 1;
  throw createAreaError(newWidth, height, lineNumber, column);
}

function fillCells(rows: readonly string[], width: number): Uint8Array {
  const cells = new Uint8Array(width * rows.length);
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (row[x] !== ".") cells[y * width + x] = 1;
    }
  });
  return cells;
}
