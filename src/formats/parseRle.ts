import { FormatError } from "./FormatError.ts";
import { findContentStart } from "./findContentStart.ts";
import { iterateLines } from "./iterateLines.ts";
import type { Pattern, PatternComment } from "./Pattern.ts";
import { parseRleComment } from "./parseRleComment.ts";
import { MISSING_HEADER, parseRleHeader } from "./parseRleHeader.ts";
import { RleBodyReader } from "./RleBodyReader.ts";
import { toColumn } from "./toColumn.ts";

/**
 * Reads an RLE pattern as Golly and LifeViewer do: `#` comment lines, the `x = W, y = H, rule = R`
 * header, then the run-length encoded cells up to `!` (optional at the end of input); anything
 * after `!` is ignored. A `#r` comment gives the rule when the header does not.
 * Throws FormatError with the 1-based line and column of the first thing it cannot read.
 */
export function parseRle(text: string): Pattern {
  const comments: PatternComment[] = [];
  let body: RleBodyReader | undefined;
  let headerRule: string | undefined;
  let lineNumber = 0;
  let lastLine = "";
  for (const line of iterateLines(text)) {
    lineNumber++;
    lastLine = line;
    const contentStart = findContentStart(line);
    // Golly reads a `#` line as a comment wherever it appears before `!`.
    if (line[contentStart] === "#") {
      comments.push(parseRleComment(line.slice(contentStart)));
    } else if (body !== undefined) {
      if (body.readLine(line, lineNumber)) break;
    } else if (contentStart < line.length) {
      const header = parseRleHeader(line, lineNumber);
      headerRule = header.rule;
      body = new RleBodyReader(header.width, header.height, headerRule ?? findOldRule(comments));
    }
  }
  if (body === undefined) {
    throw new FormatError(MISSING_HEADER, lineNumber, toColumn(lastLine, lastLine.length));
  }
  const { width, height, cells } = body.finish();
  const rule = headerRule ?? findOldRule(comments);
  return rule === undefined
    ? { width, height, cells, comments }
    : { width, height, cells, rule, comments };
}

/** The rule of the last `#r` comment, the way old RLE files gave it. */
function findOldRule(comments: readonly PatternComment[]): string | undefined {
  const ruleComment = comments.findLast(
    (comment) => comment.kind === "r" && comment.text.trim() !== "",
  );
  return ruleComment?.text.trim();
}
