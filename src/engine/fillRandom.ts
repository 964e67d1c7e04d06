import { createRandomWords } from "./createRandom.ts";
import type { PackedCells } from "./PackedCells.ts";

/** Density is applied in steps of 1/65536: 16 binary digits. */
export const FILL_DENSITY_BITS = 16;

/**
 * Fills `cells` with live cells at the given density (0..1, rounded to a multiple of 1/65536)
 * from a seeded generator (mulberry32), so a random fill can be repeated from its seed.
 *
 * It makes 32 cells at a time from whole random words: each cell of a random word is alive with
 * probability 1/2, OR with another word lifts a probability p to (1 + p) / 2 and AND lowers it
 * to p / 2, so going through the density's binary digits from the last 1 up to the first
 * (OR for a 1, AND for a 0) gives each cell exactly that probability, independently. Density
 * 0.5 costs one random word per 32 cells, 0.25 or 0.75 two, and no density more than 16: a
 * 16384 x 16384 soup takes a few tens of milliseconds.
 */
export function fillRandom(cells: PackedCells, density: number, seed: number): void {
  const next = createRandomWords(seed);
  const { width, height, stride, words } = cells;
  const steps = 2 ** FILL_DENSITY_BITS;
  const level = Math.round(Math.min(1, Math.max(0, density)) * steps);
  // The digits to apply, last first: bit i of `level` is the digit worth 2^(i - 16).
  const lowest = level === 0 ? FILL_DENSITY_BITS : 31 - Math.clz32(level & -level);
  const tail = width & 31;
  const lastMask = tail === 0 ? 0xffffffff : (1 << tail) - 1;
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    for (let w = 0; w < stride; w++) {
      let word = 0;
      if (level >= steps) word = 0xffffffff;
      else
        for (let bit = lowest; bit < FILL_DENSITY_BITS; bit++) {
          word = (level >>> bit) & 1 ? word | next() : word & next();
        }
      words[row + w] = (w === stride - 1 ? word & lastMask : word) >>> 0;
    }
  }
}
