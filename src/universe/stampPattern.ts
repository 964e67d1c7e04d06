import { patternRuns, type SparsePattern } from "../formats/index.ts";
import type { Pattern } from "../formats/Pattern.ts";
import { placeRuns } from "./placeRuns.ts";
import type { Universe } from "./Universe.ts";

/**
 * Writes a pattern's non-empty cells into a universe with its box's top-left cell at (x, y):
 * the one place a pattern (dense or sparse, from any format) becomes cells of a world (a
 * bounded grid's packed words get them from `stampPacked`, through the same `placeRuns`). Empty
 * cells of the pattern leave the world's as they are. Returns how many non-empty cells fell
 * outside a bounded space (a torus wraps them, a plane drops them); 0 on the infinite plane.
 */
export function stampPattern(
  universe: Universe,
  pattern: Pattern | SparsePattern,
  x: number,
  y: number,
): number {
  return placeRuns(universe.space, patternRuns(pattern), x, y, (row, x0, x1, state) => {
    for (let cx = x0; cx < x1; cx++) universe.set(cx, row, state);
  });
}
