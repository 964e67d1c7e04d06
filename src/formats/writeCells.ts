import { flattenComments } from "./flattenComments.ts";
import type { Pattern, PatternComment } from "./Pattern.ts";

/**
 * Writes a pattern as plaintext `.cells`: `!Name:` and `!Author:` for N and O comments, `!` for
 * the rest, then one row per line with `.` dead and `O` alive. Each row stops at its last live
 * cell and an all-dead row is a single `.`, so every row is visible and the height survives.
 * When no row reaches the full width, the first row is padded with `.` so the width survives too.
 * A box of width 0 has no rows to write. The text ends with a newline.
 */
export function writeCells(pattern: Pattern): string {
  const lines = flattenComments(pattern.comments).map(formatComment);
  const rows = pattern.width === 0 ? [] : formatRows(pattern);
  for (const row of rows) lines.push(row);
  return `${lines.join("\n")}\n`;
}

function formatComment(comment: PatternComment): string {
  if (comment.kind === "N") return labelled("!Name:", comment.text);
  if (comment.kind === "O") return labelled("!Author:", comment.text);
  // An extra space keeps text that starts with a space or a label from changing when read back.
  const { text } = comment;
  const ambiguous = text.startsWith(" ") || text.startsWith("Name:") || text.startsWith("Author:");
  return ambiguous ? `! ${text}` : `!${text}`;
}

function labelled(label: string, text: string): string {
  return text === "" ? label : `${label} ${text}`;
}

function formatRows(pattern: Pattern): string[] {
  const { width, height, cells } = pattern;
  const rows: string[] = [];
  let widest = 0;
  for (let y = 0; y < height; y++) {
    const row = cells.subarray(y * width, (y + 1) * width);
    let end = width;
    while (end > 0 && (row[end - 1] ?? 0) === 0) end--;
    rows.push(end === 0 ? "." : formatRow(row.subarray(0, end)));
    widest = Math.max(widest, end);
  }
  const first = rows[0];
  if (first !== undefined && widest < width) rows[0] = first.padEnd(width, ".");
  return rows;
}

const DEAD = 0x2e; // "."
const ALIVE = 0x4f; // "O"
// String.fromCharCode takes its codes as arguments, and engines cap how many one call may get.
const CHUNK = 8192;

/** The row as `.` and `O`, built from character codes: adding one character at a time is slow. */
function formatRow(row: Uint8Array): string {
  const codes = Array.from(row, (cell) => (cell === 0 ? DEAD : ALIVE));
  let text = "";
  for (let start = 0; start < codes.length; start += CHUNK) {
    text += String.fromCharCode(...codes.slice(start, start + CHUNK));
  }
  return text;
}
