import { FormatError } from "./FormatError.ts";
import { MAX_PATTERN_AREA } from "./Pattern.ts";

/** The FormatError for a pattern box of `width` x `height` cells, which exceeds MAX_PATTERN_AREA. */
export function createAreaError(
  width: number,
  height: number,
  line: number,
  column: number,
): FormatError {
  return new FormatError(
    `pattern of ${width} x ${height} cells is larger than the limit of ${MAX_PATTERN_AREA} cells`,
    line,
    column,
  );
}
