import type { PatternComment } from "./Pattern.ts";

/**
 * Reads a plaintext comment line that starts with `!`: `!Name: Glider` gives kind "N",
 * `!Author: X` kind "O", any other line kind "C". One space after the `!` or the label is removed.
 */
export function parseCellsComment(line: string): PatternComment {
  const rest = line.slice(1);
  if (rest.startsWith("Name:")) return { kind: "N", text: dropOneSpace(rest.slice(5)) };
  if (rest.startsWith("Author:")) return { kind: "O", text: dropOneSpace(rest.slice(7)) };
  return { kind: "C", text: dropOneSpace(rest) };
}

function dropOneSpace(text: string): string {
  return text.startsWith(" ") ? text.slice(1) : text;
}
