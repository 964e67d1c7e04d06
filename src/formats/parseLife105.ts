import { createCharacterError } from "./createCharacterError.ts";
import { FormatError } from "./FormatError.ts";
import { findContentStart } from "./findContentStart.ts";
import { iterateLines } from "./iterateLines.ts";
import type { Pattern, PatternComment } from "./Pattern.ts";
import { type PatternReach, type PatternScan, toDensePattern } from "./PatternScan.ts";
import { PlacedCells } from "./PlacedCells.ts";
import { readCell, readCoordinate } from "./readLifeCell.ts";
import { readLifeComment } from "./readLifeComment.ts";
import { MAX_SPARSE_RUNS } from "./SparsePattern.ts";
import { toColumn } from "./toColumn.ts";

/** The header line a Life 1.05 file starts with. */
export const LIFE_105_HEADER = "#Life 1.05";

/** The rule `#N` ("normal rules") stands for. */
const NORMAL_RULE = "B3/S23";
const TOKEN = /\S+/g;
const ROW_CONTEXT = ': a Life 1.05 row holds only "." (dead) and "*" (alive)';
const LINE_CONTEXT =
  ': expected a "#" line, a row of "." and "*", or the "x y" of a cell in a Life 1.05 file';

/**
 * Reads a Life 1.05 pattern as Golly does: the `#Life 1.05` header (or none, when the text starts
 * with a `#P` line, as WinLifeSearch copies patterns), `#D` description lines (kept as comments of
 * kind "C", as Life 1.06 does), `#N` for Conway's rules (rule B3/S23), `#R` with a rule such as
 * `23/3` (survival/birth, kept as written), and `#P x y` blocks: rows of `.` dead and `*` alive
 * whose first cell is at (x, y), relative to the centre, y down. A bare `#P` goes on below the
 * last block, from its left edge ((0, 0) at first); rows need not be full; `x y` cell lines
 * (Life 1.06 style) are read too, as Golly reads them. The last `#N` or `#R` gives the rule; other
 * `#` lines are kept as comments. The box is the live cells' bounding box and its top-left cell
 * is the pattern's `x`, `y` (none for a file without cells).
 *
 * Where Golly skips what it cannot read (a `#P` without two integers, a row with other
 * characters, a line it does not know), this throws FormatError with its line and column.
 */
export function parseLife105(text: string): Pattern {
  return toDensePattern(scanLife105(text, "grid"));
}

/**
 * Reads a Life 1.05 pattern (see parseLife105) as far as `reach` lets its box grow, with at
 * most `maxRuns` runs once the box is beyond the grid's sides.
 */
export function scanLife105(
  text: string,
  reach: PatternReach,
  maxRuns = MAX_SPARSE_RUNS,
): PatternScan {
  const comments: PatternComment[] = [];
  const cells = new PlacedCells(reach, maxRuns);
  let rule: string | undefined;
  let left = 0;
  let y = 0;
  let lineNumber = 0;
  let sawHeader = false;
  for (const line of iterateLines(text)) {
    lineNumber++;
    const start = findContentStart(line);
    if (start === line.length) continue;
    if (!sawHeader) {
      sawHeader = true;
      if (checkHeader(line, start, lineNumber)) continue;
    }
    const first = line[start];
    if (first === "#") {
      const tag = line[start + 1];
      if (tag === "P") {
        const block = readBlockStart(line, start + 2, lineNumber);
        if (block !== undefined) [left, y] = block;
      } else if (tag === "R") {
        rule = readRule(line, start + 2, lineNumber);
      } else if (tag === "N" && line.slice(start + 2).trim() === "") {
        rule = NORMAL_RULE;
      } else {
        comments.push(readLifeComment(line.slice(start)));
      }
    } else if (first === "." || first === "*") {
      readRow(line, start, left, y, lineNumber, cells);
      y++;
    } else if (first === "-" || first === "+" || (first !== undefined && isDigit(first))) {
      const [cellX, cellY] = readCell(line, lineNumber);
      cells.add(cellX, cellY, 1, line, start, lineNumber);
    } else {
      throw createCharacterError(line, start, lineNumber, LINE_CONTEXT);
    }
  }
  if (!sawHeader) throw missingHeader(1, 1);
  return cells.scan(comments, rule);
}

/** True for the header line; false for a `#P` line that starts a headerless file. */
function checkHeader(line: string, start: number, lineNumber: number): boolean {
  if (line.startsWith("#P", start)) return false;
  if (!line.startsWith(LIFE_105_HEADER, start)) {
    throw missingHeader(lineNumber, toColumn(line, start));
  }
  const restStart = start + LIFE_105_HEADER.length;
  const rest = line.slice(restStart);
  if (rest.trim() !== "") {
    throw new FormatError(
      `unexpected text after "${LIFE_105_HEADER}"`,
      lineNumber,
      toColumn(line, restStart + findContentStart(rest)),
    );
  }
  return true;
}

function missingHeader(line: number, column: number): FormatError {
  return new FormatError(`expected the header "${LIFE_105_HEADER}"`, line, column);
}

/** The (x, y) of a `#P x y` line, or undefined for a bare `#P`. */
function readBlockStart(
  line: string,
  from: number,
  lineNumber: number,
): [number, number] | undefined {
  const [xToken, yToken, extra] = tokensFrom(line, from);
  if (xToken === undefined) return undefined;
  if (yToken === undefined) {
    throw new FormatError(
      'expected "#P x y" (or a bare "#P"): the y is missing',
      lineNumber,
      toColumn(line, line.length),
    );
  }
  if (extra !== undefined) {
    throw new FormatError(
      `unexpected ${JSON.stringify(extra.text)} after the x and y of "#P"`,
      lineNumber,
      toColumn(line, extra.index),
    );
  }
  const x = readCoordinate(xToken.text, "x", lineNumber, toColumn(line, xToken.index));
  return [x, readCoordinate(yToken.text, "y", lineNumber, toColumn(line, yToken.index))];
}

/** The rule of a `#R` line: one word, as Golly takes it. */
function readRule(line: string, from: number, lineNumber: number): string {
  const [rule, extra] = tokensFrom(line, from);
  if (rule === undefined) {
    throw new FormatError('expected a rule after "#R"', lineNumber, toColumn(line, line.length));
  }
  if (extra !== undefined) {
    throw new FormatError(
      `unexpected ${JSON.stringify(extra.text)} after the rule of "#R"`,
      lineNumber,
      toColumn(line, extra.index),
    );
  }
  return rule.text;
}

/** Adds the `*` runs of the row at `line[start]` to row `y`, from column `left`. */
function readRow(
  line: string,
  start: number,
  left: number,
  y: number,
  lineNumber: number,
  cells: PlacedCells,
): void {
  const end = line.trimEnd().length;
  for (let index = start; index < end; ) {
    const cell = line[index];
    if (cell !== "." && cell !== "*")
      throw createCharacterError(line, index, lineNumber, ROW_CONTEXT);
    let runEnd = index + 1;
    while (runEnd < end && line[runEnd] === cell) runEnd++;
    if (cell === "*") cells.add(left + index - start, y, runEnd - index, line, index, lineNumber);
    index = runEnd;
  }
}

function tokensFrom(line: string, from: number): { text: string; index: number }[] {
  const tokens: { text: string; index: number }[] = [];
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(line); match !== null; match = TOKEN.exec(line)) {
    tokens.push({ text: match[0], index: match.index });
  }
  return tokens;
}

function isDigit(character: string): boolean {
  return character >= "0" && character <= "9";
}
