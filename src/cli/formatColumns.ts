import type { Grid } from "../engine/index.ts";

/** What stands between two generations on every line. */
export const COLUMN_SEPARATOR = " | ";

/**
 * The seed's ColumnPrinter: generations side by side. A first line of generation numbers,
 * each centred over its column, then one line per grid row; columns joined by " | ".
 */
export function formatColumns(generations: readonly Grid[]): string {
  const drawn = generations.map((grid) => grid.toString().split("\n"));
  const width = generations[0]?.width ?? 0;
  const height = generations[0]?.height ?? 0;
  const lines = [drawn.map((_, i) => centre(String(i), width)).join(COLUMN_SEPARATOR)];
  for (let y = 0; y < height; y++) lines.push(drawn.map((rows) => rows[y]).join(COLUMN_SEPARATOR));
  return `${lines.join("\n")}\n`;
}

function centre(text: string, width: number): string {
  const room = Math.max(0, width - text.length);
  const left = Math.floor(room / 2);
  return " ".repeat(left) + text + " ".repeat(room - left);
}
