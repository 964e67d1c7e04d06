import { CliError } from "./CliError.ts";
import { MAX_COLUMNS_LINES, MAX_COLUMNS_WIDTH } from "./cliLimits.ts";
import { COLUMN_SEPARATOR } from "./formatColumns.ts";

/**
 * Refuses a `--format columns` run whose picture would be wider or taller than the limits,
 * before any grid is made: generations 0..`generations` of a `width` x `height` grid.
 */
export function checkColumnsSize(width: number, height: number, generations: number): void {
  const columns = generations + 1;
  const lineWidth = columns * width + generations * COLUMN_SEPARATOR.length;
  const lines = height + 1;
  const problem =
    lineWidth > MAX_COLUMNS_WIDTH
      ? `lines of ${lineWidth} characters, over the limit of ${MAX_COLUMNS_WIDTH}`
      : lines > MAX_COLUMNS_LINES
        ? `${lines} lines, over the limit of ${MAX_COLUMNS_LINES}`
        : undefined;
  if (problem === undefined) return;
  throw new CliError(
    `--format columns: ${columns} generations of a ${width}x${height} grid make ${problem}: use fewer --gens, a smaller --size or another --format`,
  );
}
