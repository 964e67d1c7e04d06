import { patternRuns, type SparsePattern } from "../formats/index.ts";
import type { Pattern } from "../formats/Pattern.ts";
import type { Universe } from "./Universe.ts";

/**
 * Writes a pattern's non-empty cells into a universe with its box's top-left cell at (x, y):
 * the one place a pattern (dense or sparse, from any format) becomes cells of a world. Empty
 * cells of the pattern leave the world's as they are. Returns how many non-empty cells fell
 * outside a bounded space (a torus wraps them, a plane drops them); 0 on the infinite plane.
 */
export function stampPattern(
  universe: Universe,
  pattern: Pattern | SparsePattern,
  x: number,
  y: number,
): number {
  const { space } = universe;
  const { xs, ys, lengths, states } = patternRuns(pattern);
  let outside = 0;
  for (let i = 0; i < xs.length; i++) {
    const cy = y + (ys[i] as number);
    const x0 = x + (xs[i] as number);
    const x1 = x0 + (lengths[i] as number);
    const state = states[i] as number;
    for (let cx = x0; cx < x1; cx++) {
      if (
        space.kind !== "infinite" &&
        (cx < 0 || cy < 0 || cx >= space.width || cy >= space.height)
      ) {
        outside++;
      }
      universe.set(cx, cy, state);
    }
  }
  return outside;
}
