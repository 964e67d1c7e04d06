import { fillRandom } from "../../engine/fillRandom.ts";
import { PackedCells } from "../../engine/PackedCells.ts";
import type { Space, Universe } from "../../universe/Universe.ts";

type BoundedSpace = Extract<Space, { kind: "torus" | "plane" }>;

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

/** Sets every live cell of `cells` in `universe`, shifted by (dx, dy), a word at a time. */
export function stampWords(universe: Universe, cells: PackedCells, dx = 0, dy = 0): void {
  const { words, stride, height } = cells;
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    for (let w = 0; w < stride; w++) {
      let word = words[row + w] as number;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        word = (word & (word - 1)) >>> 0;
        universe.set((w << 5) + bit + dx, y + dy, 1);
      }
    }
  }
}

/**
 * A bounded universe that keeps its cells packed a bit each (the pooled one), so that a grid of
 * 16384² crosses in and out as its 32 MiB of words rather than cell by cell.
 */
export interface PackedWords {
  /** A copy of the cells (PackedCells' layout). */
  packedWords(): Uint32Array;
  /** Replaces every cell with those of `words` (PackedCells' layout, the grid's size). */
  setPackedWords(words: Uint32Array): void;
}

export function hasPackedWords(universe: Universe): universe is Universe & PackedWords {
  return typeof (universe as Partial<PackedWords>).packedWords === "function";
}

/** Replaces a bounded universe's cells with those of `cells`: whole when it keeps them packed. */
export function loadWords(universe: Universe, cells: PackedCells): void {
  if (hasPackedWords(universe)) universe.setPackedWords(cells.words);
  else stampWords(universe, cells);
}

/** A bounded universe's cells packed a bit each (PackedCells' layout). */
export function wordsOf(universe: Universe): Uint32Array {
  if (hasPackedWords(universe)) return universe.packedWords();
  const space = boundedSpace(universe.space, "reading the cells packed");
  const cells = new PackedCells(space.width, space.height);
  for (const [x, y, state] of universe.cells()) if (state !== 0) cells.set(x, y, 1);
  return cells.words;
}

/** Whether (x, y) is a cell of `space` (every coordinate is, on the infinite plane). */
export function inside(space: Space, x: number, y: number): boolean {
  return space.kind === "infinite" || (x >= 0 && y >= 0 && x < space.width && y < space.height);
}
