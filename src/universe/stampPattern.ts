import type { Pattern } from "../formats/Pattern.ts";
import type { Universe } from "./Universe.ts";

/**
 * Writes a pattern's non-empty cells into a universe with its top-left cell at (x, y): the one
 * place a pattern becomes cells of a world. Empty cells of the pattern leave the world's as
 * they are. Returns how many non-empty cells fell outside a bounded space (a torus wraps them,
 * a plane drops them); 0 on the infinite plane.
 */
export function stampPattern(universe: Universe, pattern: Pattern, x: number, y: number): number {
  const { space } = universe;
  let outside = 0;
  const { width, height, cells } = pattern;
  for (let row = 0; row < height; row++) {
    const offset = row * width;
    for (let column = 0; column < width; column++) {
      const state = cells[offset + column] as number;
      if (state === 0) continue;
      const cx = x + column;
      const cy = y + row;
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
