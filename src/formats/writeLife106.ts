import { flattenComments } from "./flattenComments.ts";
import type { Pattern } from "./Pattern.ts";
import { LIFE_106_HEADER } from "./parseLife106.ts";

/** Options for writeLife106. */
export interface WriteLife106Options {
  /**
   * Also write the comments as `#N`, `#C`, `#O` ... lines after the header (default false).
   * The format has no comments, so strict readers may refuse them; our reader keeps them.
   */
  readonly comments?: boolean;
}

/**
 * Writes a pattern as Life 1.06: the `#Life 1.06` header, then `x y` for each live cell in
 * row-major order, with (0, 0) the top-left of the pattern's box. The format has no rule and
 * no box, so both are lost: dead rows and columns around the live cells do not survive.
 * The text ends with a newline.
 */
export function writeLife106(pattern: Pattern, options: WriteLife106Options = {}): string {
  const lines = [LIFE_106_HEADER];
  if (options.comments === true) {
    for (const { kind, text } of flattenComments(pattern.comments)) {
      lines.push(text === "" ? `#${kind}` : `#${kind} ${text}`);
    }
  }
  const { width, height, cells } = pattern;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((cells[y * width + x] ?? 0) !== 0) lines.push(`${x} ${y}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
