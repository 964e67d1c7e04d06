import { fillRandom } from "../../engine/fillRandom.ts";
import { PackedCells } from "../../engine/PackedCells.ts";
import { isGridSpace } from "../../universe/isGridSpace.ts";
import type { GridSpace, Space } from "../../universe/Universe.ts";

type BoundedSpace = GridSpace;

/** The bounded space, or a RangeError naming what was asked of the infinite plane or a tube. */
export function boundedSpace(space: Space, what: string): BoundedSpace {
  if (!isGridSpace(space)) throw new RangeError(`${what} needs a bounded grid`);
  return space;
}

/** A grid's cells packed a bit each from `words` (PackedCells' layout), checked for size. */
export function packedOf(space: BoundedSpace, words: Uint32Array): PackedCells {
  return new PackedCells(space.width, space.height, words);
}

/** A random fill of the grid, as `fillRandom` makes it from the seed. */
export function randomCells(
  space: BoundedSpace,
  random: { readonly density: number; readonly seed: number },
): PackedCells {
  const cells = new PackedCells(space.width, space.height);
  fillRandom(cells, random.density, random.seed);
  return cells;
}

/**
 * Whether (x, y) is a cell of `space` (every coordinate is, on the infinite plane; every one
 * along a tube or strip, and those from 0 to its size across).
 */
export function inside(space: Space, x: number, y: number): boolean {
  if (space.kind === "infinite") return true;
  if (space.kind === "tube") {
    const across = space.axis === "x" ? y : x;
    return across >= 0 && across < space.size;
  }
  return x >= 0 && y >= 0 && x < space.width && y < space.height;
}
