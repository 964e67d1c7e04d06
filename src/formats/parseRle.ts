import { FormatError } from "./FormatError.ts";
import { findContentStart } from "./findContentStart.ts";
import { iterateLines } from "./iterateLines.ts";
import type { Pattern, PatternComment } from "./Pattern.ts";
import { type PatternReach, type PatternScan, toDensePattern } from "./PatternScan.ts";
import { type CxrlePlace, isCxrleLine, parseCxrleLine } from "./parseCxrleLine.ts";
import { parseRleComment } from "./parseRleComment.ts";
import { MISSING_HEADER, parseRleHeader } from "./parseRleHeader.ts";
import { RleBodyReader } from "./RleBodyReader.ts";
import { MAX_SPARSE_RUNS } from "./SparsePattern.ts";
import { toColumn } from "./toColumn.ts";

/**
 * Reads an RLE pattern as Golly and LifeViewer do: `#` comment lines, the `x = W, y = H, rule = R`
 * header, then the run-length encoded cells up to `!` (optional at the end of input); anything
 * after `!` is ignored. A `#r` comment gives the rule when the header does not. Golly's
 * `#CXRLE Pos=x,y Gen=n` lines at the very start give the pattern's `x`, `y` and `generation`
 * and are not kept as comments; a `#CXRLE` line after another line is a plain comment, as in Golly.
 * Throws FormatError with the 1-based line and column of the first thing it cannot read.
 */
export function parseRle(text: string): Pattern {
  return toDensePattern(scanRle(text, "grid"));
}

/**
 * Reads an RLE pattern (see parseRle) as far as `reach` lets its box grow, with at most `maxRuns`
 * runs once the box is beyond the grid's sides.
 */
export function scanRle(text: string, reach: PatternReach, maxRuns = MAX_SPARSE_RUNS): PatternScan {
  const comments: PatternComment[] = [];
  let place: CxrlePlace = {};
  let placeLine = { text: "", number: 0 };
  let leading = true;
  let body: RleBodyReader | undefined;
  let headerRule: string | undefined;
  let lineNumber = 0;
  let lastLine = "";
  for (const line of iterateLines(text)) {
    lineNumber++;
    lastLine = line;
    const contentStart = findContentStart(line);
    if (leading && isCxrleLine(line, contentStart)) {
      place = { ...place, ...parseCxrleLine(line, contentStart, lineNumber) };
      placeLine = { text: line, number: lineNumber };
      continue;
    }
    if (contentStart < line.length) leading = false;
    // Golly reads a `#` line as a comment wherever it appears before `!`.
    if (line[contentStart] === "#") {
      comments.push(parseRleComment(line.slice(contentStart)));
    } else if (body !== undefined) {
      if (body.readLine(line, lineNumber)) break;
    } else if (contentStart < line.length) {
      const header = parseRleHeader(line, lineNumber, reach);
      headerRule = header.rule;
      const rule = headerRule ?? findOldRule(comments);
      body = new RleBodyReader(header.width, header.height, rule, reach, maxRuns);
    }
  }
  if (body === undefined) {
    throw new FormatError(MISSING_HEADER, lineNumber, toColumn(lastLine, lastLine.length));
  }
  const { width, height, runs } = body.finish();
  const { x, y, generation } = place;
  if (x !== undefined && y !== undefined) {
    checkReach(x + Math.max(width - 1, 0), y + Math.max(height - 1, 0), placeLine);
  }
  const rule = headerRule ?? findOldRule(comments);
  return { width, height, runs, left: 0, top: 0, rule, comments, x, y, generation };
}

/** Refuses a Pos that puts the far corner of the box past the last exact integer. */
function checkReach(right: number, bottom: number, line: { text: string; number: number }): void {
  if (Number.isSafeInteger(right) && Number.isSafeInteger(bottom)) return;
  const at = line.text.indexOf("Pos=");
  throw new FormatError(
    `Pos puts the pattern's far corner at (${right}, ${bottom}), past ${Number.MAX_SAFE_INTEGER} (2^53 - 1), the last exact coordinate`,
    line.number,
    toColumn(line.text, at < 0 ? 0 : at + 4),
  );
}

/** The rule of the last `#r` comment, the way old RLE files gave it. */
function findOldRule(comments: readonly PatternComment[]): string | undefined {
  const ruleComment = comments.findLast(
    (comment) => comment.kind === "r" && comment.text.trim() !== "",
  );
  return ruleComment?.text.trim();
}
