import { type Pattern, parsePattern } from "../formats/index.ts";
import { describeReadError } from "./worldRle.ts";

/** Reads pattern text from a file or the clipboard: the pattern, or a one-line reason it failed. */
export function readPatternText(text: string, source: string): Pattern | string {
  try {
    return parsePattern(text);
  } catch (error) {
    return describeReadError(error, source);
  }
}
