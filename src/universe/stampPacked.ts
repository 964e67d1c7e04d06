import type { Topology } from "../engine/Grid.ts";
import type { PackedCells } from "../engine/PackedCells.ts";
import { type Surface, surfaceOf } from "../engine/Surface.ts";
import { patternRuns, type SparsePattern } from "../formats/index.ts";
import type { Pattern } from "../formats/Pattern.ts";
import { spaceOf } from "./BoundedWorld.ts";
import { placeRuns } from "./placeRuns.ts";

/**
 * Sets alive a pattern's live cells in a bounded grid's packed words with its box's top-left
 * cell at (x, y), a run at a time (`fillRun`: whole words at once), wrapping on a torus and
 * clipping on a plane: `stampPattern` for the page's and the band pool's grids, through the
 * same `placeRuns`. Cells under the pattern's empty ones are left as they are. Returns how many
 * live cells fell outside the grid.
 */
export function stampPacked(
  cells: PackedCells,
  surface: Topology | Surface,
  pattern: Pick<Pattern, "width" | "height" | "cells"> | SparsePattern,
  x: number,
  y: number,
): number {
  const space = spaceOf({ ...surfaceOf(surface), width: cells.width, height: cells.height });
  return placeRuns(space, patternRuns(pattern), x, y, (row, x0, x1) => cells.fillRun(row, x0, x1));
}
