import { RuleError } from "../rules/RuleError.ts";
import { FormatError } from "./FormatError.ts";
import type { Pattern } from "./Pattern.ts";
import { PatternBytesError } from "./PatternBytesError.ts";
import { parsePattern } from "./parsePattern.ts";

/** Reads pattern text from a file or the clipboard: the pattern, or a one-line reason it failed. */
export function readPatternText(text: string, source: string): Pattern | string {
  try {
    return parsePattern(text);
  } catch (error) {
    return describeReadError(error, source);
  }
}

/** A one-line, user-facing reason for a pattern text that cannot be read (rethrows the rest). */
export function describeReadError(error: unknown, source: string): string {
  if (error instanceof FormatError) return `${source}: ${error.message}`;
  if (error instanceof PatternBytesError) return `${source}: ${error.message}`;
  if (error instanceof RuleError) return `${source}: ${error.message}`;
  if (error instanceof RangeError) return `${source}: ${error.message}`;
  throw error;
}
