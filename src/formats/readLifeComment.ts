import type { PatternComment } from "./Pattern.ts";
import { parseRleComment } from "./parseRleComment.ts";

/** A `#` line of a Life 1.05 or 1.06 file as a comment, `#D` (a description) as kind "C". */
export function readLifeComment(line: string): PatternComment {
  const comment = parseRleComment(line);
  // Life 1.05 describes patterns with `#D`; RLE and plaintext call that a comment.
  return comment.kind === "D" ? { kind: "C", text: comment.text } : comment;
}
