import { FormatError } from "./FormatError.ts";
import { toColumn } from "./toColumn.ts";

// Optional sign, then digits; anything else in a coordinate is a typo we should point at.
const INTEGER = /^[+-]?\d+$/;
const TOKEN = /\S+/g;

/** The `x y` pair on a Life 1.06 cell line (Life 1.05 files may hold them too). */
export function readCell(line: string, lineNumber: number): [number, number] {
  const values: number[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(line); match !== null; match = TOKEN.exec(line)) {
    const column = toColumn(line, match.index);
    if (values.length === 2) {
      throw new FormatError(
        `unexpected ${JSON.stringify(match[0])} after the x and y of a cell`,
        lineNumber,
        column,
      );
    }
    values.push(readCoordinate(match[0], values.length === 0 ? "x" : "y", lineNumber, column));
  }
  const [x, y] = values;
  if (x === undefined) {
    throw new FormatError("expected the x and y of a cell", lineNumber, toColumn(line, 0));
  }
  if (y === undefined) {
    throw new FormatError(
      "expected a y coordinate after the x",
      lineNumber,
      toColumn(line, line.length),
    );
  }
  return [x, y];
}

/** An integer coordinate, refused past 2^53 where two numbers read as one. */
export function readCoordinate(
  token: string,
  name: string,
  lineNumber: number,
  column: number,
): number {
  if (!INTEGER.test(token)) {
    throw new FormatError(
      `${name} must be an integer, got ${JSON.stringify(token)}`,
      lineNumber,
      column,
    );
  }
  const value = Number(token);
  // Past 2^53 two different numbers read as one; no real pattern is anywhere near that far out.
  if (!Number.isSafeInteger(value)) {
    throw new FormatError(`${name} ${token} is too far from the origin`, lineNumber, column);
  }
  return value;
}
