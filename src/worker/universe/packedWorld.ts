import { fillRandom } from "../../engine/fillRandom.ts";
import { PackedCells } from "../../engine/PackedCells.ts";
import type { Space } from "../../universe/Universe.ts";

type BoundedSpace = Exclude<Space, { kind: "infinite" }>;

/** The bounded space, or a RangeError naming what was asked of the infinite plane. */
export function boundedSpace(space: Space, what: string): BoundedSpace {
  if (space.kind === "infinite") throw new RangeError(`${what} needs a bounded grid`);
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

/** Whether (x, y) is a cell of `space` (every coordinate is, on the infinite plane). */
export function inside(space: Space, x: number, y: number): boolean {
  return space.kind === "infinite" || (x >= 0 && y >= 0 && x < space.width && y < space.height);
}
