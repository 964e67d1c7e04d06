import type { Pattern } from "./Pattern.ts";

/** Test helper: the pattern's rows as strings of `.` and `O`, easy to compare at a glance. */
export function cellsOf(pattern: Pattern): string[] {
  const rows: string[] = [];
  for (let y = 0; y < pattern.height; y++) {
    const row = pattern.cells.subarray(y * pattern.width, (y + 1) * pattern.width);
    rows.push(Array.from(row, (cell) => (cell === 0 ? "." : "O")).join(""));
  }
  return rows;
}
