import { fitsGridSides } from "../engine/gridLimits.ts";
import { createAreaError } from "./createAreaError.ts";
import { FormatError } from "./FormatError.ts";
import { findContentStart } from "./findContentStart.ts";
import { iterateLines } from "./iterateLines.ts";
import type { Pattern, PatternComment } from "./Pattern.ts";
import { parseRleComment } from "./parseRleComment.ts";
import { toColumn } from "./toColumn.ts";

/** The header line a Life 1.06 file starts with. */
export const LIFE_106_HEADER = "#Life 1.06";

// Optional sign, then digits; anything else in a coordinate is a typo we should point at.
const INTEGER = /^[+-]?\d+$/;
const TOKEN = /\S+/g;

/**
 * Reads a Life 1.06 pattern: the `#Life 1.06` header, then one `x y` pair of integers per line,
 * each a live cell (x to the right, y down; negative values are fine, duplicates too). The
 * pattern's box is the bounding box of the live cells, moved to the top-left, since the format's
 * origin has no meaning once the pattern is on a grid. `#N`, `#C`, `#O`, `#D` ... lines are not
 * part of the format but appear in the wild, so they are kept as comments (`#D` as kind "C").
 * Throws FormatError with the 1-based line and column of the first thing it cannot read.
 */
export function parseLife106(text: string): Pattern {
  const comments: PatternComment[] = [];
  const box = new BoundingBox();
  const xs: number[] = [];
  const ys: number[] = [];
  let lineNumber = 0;
  let sawHeader = false;
  for (const line of iterateLines(text)) {
    lineNumber++;
    const start = findContentStart(line);
    if (start === line.length) continue;
    if (!sawHeader) {
      checkHeader(line, start, lineNumber);
      sawHeader = true;
    } else if (line[start] === "#") {
      comments.push(readComment(line.slice(start)));
    } else {
      const [x, y] = readCell(line, lineNumber);
      box.add(x, y, line, lineNumber);
      xs.push(x);
      ys.push(y);
    }
  }
  if (!sawHeader) throw missingHeader(1, 1);
  const { width, height } = box;
  const cells = new Uint8Array(width * height);
  for (let i = 0; i < xs.length; i++) {
    cells[((ys[i] ?? 0) - box.minY) * width + ((xs[i] ?? 0) - box.minX)] = 1;
  }
  return { width, height, cells, comments };
}

function checkHeader(line: string, start: number, lineNumber: number): void {
  if (!line.startsWith(LIFE_106_HEADER, start))
    throw missingHeader(lineNumber, toColumn(line, start));
  const rest = line.slice(start + LIFE_106_HEADER.length);
  if (rest.trim() !== "") {
    throw new FormatError(
      `unexpected text after "${LIFE_106_HEADER}"`,
      lineNumber,
      toColumn(line, start + LIFE_106_HEADER.length + findContentStart(rest)),
    );
  }
}

function missingHeader(line: number, column: number): FormatError {
  return new FormatError(`expected the header "${LIFE_106_HEADER}"`, line, column);
}

function readComment(line: string): PatternComment {
  const comment = parseRleComment(line);
  // Life 1.05 describes patterns with `#D`; RLE and plaintext call that a comment.
  return comment.kind === "D" ? { kind: "C", text: comment.text } : comment;
}

/** The `x y` pair on a cell line. */
function readCell(line: string, lineNumber: number): [number, number] {
  const values: number[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(line); match !== null; match = TOKEN.exec(line)) {
    const column = toColumn(line, match.index);
    if (values.length === 2) {
      throw new FormatError(
        `unexpected ${JSON.stringify(match[0])} after the x and y of a cell`,
        lineNumber,
        column,
      );
    }
    values.push(readCoordinate(match[0], values.length === 0 ? "x" : "y", lineNumber, column));
  }
  const [x, y] = values;
  if (x === undefined) {
    throw new FormatError("expected the x and y of a cell", lineNumber, toColumn(line, 0));
  }
  if (y === undefined) {
    throw new FormatError(
      "expected a y coordinate after the x",
      lineNumber,
      toColumn(line, line.length),
    );
  }
  return [x, y];
}

function readCoordinate(token: string, name: string, lineNumber: number, column: number): number {
  if (!INTEGER.test(token)) {
    throw new FormatError(
      `${name} must be an integer, got ${JSON.stringify(token)}`,
      lineNumber,
      column,
    );
  }
  const value = Number(token);
  // Past 2^53 two different numbers read as one; no real pattern is anywhere near that far out.
  if (!Number.isSafeInteger(value)) {
    throw new FormatError(`${name} ${token} is too far from the origin`, lineNumber, column);
  }
  return value;
}

/** The bounding box of the cells seen so far, refused as soon as a side passes MAX_GRID_SIDE. */
class BoundingBox {
  minX = 0;
  minY = 0;
  private maxX = -1;
  private maxY = -1;

  get width(): number {
    return this.maxX - this.minX + 1;
  }

  get height(): number {
    return this.maxY - this.minY + 1;
  }

  add(x: number, y: number, line: string, lineNumber: number): void {
    const empty = this.maxX < this.minX;
    const minX = empty ? x : Math.min(this.minX, x);
    const maxX = empty ? x : Math.max(this.maxX, x);
    const minY = empty ? y : Math.min(this.minY, y);
    const maxY = empty ? y : Math.max(this.maxY, y);
    const width = maxX - minX + 1;
    const height = maxY - minY + 1;
    if (!fitsGridSides(width, height)) {
      throw createAreaError(width, height, lineNumber, toColumn(line, findContentStart(line)));
    }
    this.minX = minX;
    this.maxX = maxX;
    this.minY = minY;
    this.maxY = maxY;
  }
}
