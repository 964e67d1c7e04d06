import { FormatError } from "./FormatError.ts";
import { MAX_SPARSE_SIDE } from "./SparsePattern.ts";

/** The FormatError for a box with a side over MAX_SPARSE_SIDE, even on the infinite plane. */
export function createPlaneAreaError(
  width: number,
  height: number,
  line: number,
  column: number,
): FormatError {
  return new FormatError(
    `pattern of ${width} x ${height} cells is larger than the limit of ${MAX_SPARSE_SIDE} (2^53 - 1) cells a side, the last exact integer of a coordinate`,
    line,
    column,
  );
}

/** The FormatError for a sparse pattern (a side over 16384) with more than `maxRuns` runs. */
export function createRunLimitError(maxRuns: number, line: number, column: number): FormatError {
  return new FormatError(
    `pattern has more than ${maxRuns} runs of live cells, the most a pattern over 16384 cells a side may hold here (each run takes 25 bytes)`,
    line,
    column,
  );
}
