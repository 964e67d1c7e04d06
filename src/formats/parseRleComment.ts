import type { PatternComment } from "./Pattern.ts";

/**
 * Reads an RLE comment line that starts with `#`: `#N Glider` gives kind "N" and text "Glider".
 * Only the single space after the kind letter is removed, so indented text survives a round trip.
 * A `#` followed by a space or nothing has kind "".
 */
export function parseRleComment(line: string): PatternComment {
  const letter = line.charAt(1);
  const kind = letter.trim() === "" ? "" : letter;
  const rest = line.slice(1 + kind.length);
  return { kind, text: rest.startsWith(" ") ? rest.slice(1) : rest };
}
