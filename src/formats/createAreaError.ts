import { MAX_GRID_SIDE } from "../engine/gridLimits.ts";
import { FormatError } from "./FormatError.ts";

/**
 * The FormatError for a pattern box of `width` x `height` cells with a side over MAX_GRID_SIDE.
 * Golly opens such patterns on its unbounded plane; this app's grid is bounded, so say that
 * rather than leave the user to wonder why the file is fine elsewhere.
 */
export function createAreaError(
  width: number,
  height: number,
  line: number,
  column: number,
): FormatError {
  return new FormatError(
    `pattern of ${width} x ${height} cells is larger than the limit of ${MAX_GRID_SIDE} cells a side: this app's grid is bounded at ${MAX_GRID_SIDE} x ${MAX_GRID_SIDE} (Golly, whose plane is unbounded, opens it)`,
    line,
    column,
  );
}
