import { FormatError } from "./FormatError.ts";

/** Test helper: runs `read` and returns the FormatError it throws; fails if it throws none. */
export function catchFormatError(read: () => unknown): FormatError {
  try {
    read();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error("expected a FormatError, but the text was read");
}
