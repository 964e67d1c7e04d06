import { FormatError } from "./FormatError.ts";
import { findContentStart } from "./findContentStart.ts";
import { iterateLines } from "./iterateLines.ts";
import type { Pattern, PatternComment } from "./Pattern.ts";
import { type PatternReach, type PatternScan, toDensePattern } from "./PatternScan.ts";
import { PlacedCells } from "./PlacedCells.ts";
import { readCell } from "./readLifeCell.ts";
import { readLifeComment } from "./readLifeComment.ts";
import { MAX_SPARSE_RUNS } from "./SparsePattern.ts";
import { toColumn } from "./toColumn.ts";

/** The header line a Life 1.06 file starts with. */
export const LIFE_106_HEADER = "#Life 1.06";

/**
 * Reads a Life 1.06 pattern: the `#Life 1.06` header, then one `x y` pair of integers per line,
 * each a live cell (x to the right, y down; negative values are fine, duplicates too). The
 * pattern's box is the bounding box of the live cells; its top-left cell's coordinates are the
 * pattern's `x` and `y` (none for a file without cells). `#N`, `#C`, `#O`, `#D` ... lines are not
 * part of the format but appear in the wild, so they are kept as comments (`#D` as kind "C").
 * Throws FormatError with the 1-based line and column of the first thing it cannot read.
 */
export function parseLife106(text: string): Pattern {
  return toDensePattern(scanLife106(text, "grid"));
}

/**
 * Reads a Life 1.06 pattern (see parseLife106) as far as `reach` lets its box grow, with at
 * most `maxRuns` runs once the box is beyond the grid's sides.
 */
export function scanLife106(
  text: string,
  reach: PatternReach,
  maxRuns = MAX_SPARSE_RUNS,
): PatternScan {
  const comments: PatternComment[] = [];
  const cells = new PlacedCells(reach, maxRuns);
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
      comments.push(readLifeComment(line.slice(start)));
    } else {
      const [x, y] = readCell(line, lineNumber);
      cells.add(x, y, 1, line, start, lineNumber);
    }
  }
  if (!sawHeader) throw missingHeader(1, 1);
  return cells.scan(comments, undefined);
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
