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
  const { width, height, stride, words } = cells;
  const steps = 2 ** FILL_DENSITY_BITS;
  const level = Math.round(Math.min(1, Math.max(0, density)) * steps);
  // The digits to apply, last first: bit i of `level` is the digit worth 2^(i - 16).
  const lowest = level === 0 ? FILL_DENSITY_BITS : 31 - Math.clz32(level & -level);
  const tail = width & 31;
  const lastMask = tail === 0 ? 0xffffffff : (1 << tail) - 1;
  // mulberry32, the generator of createRandomWords, written out here and over all the words at
  // once (the bits past each row's end are cleared after): called through a closure, row by
  // row, it took several times as long for a 16384² grid's 8 Mi words.
  let state = seed | 0;
  const full = level >= steps;
  for (let i = 0; i < words.length; i++) {
    let word = full ? -1 : 0;
    for (let bit = lowest; bit < FILL_DENSITY_BITS; bit++) {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const random = t ^ (t >>> 14);
      word = (level >>> bit) & 1 ? word | random : word & random;
    }
    words[i] = word;
  }
  if (lastMask !== 0xffffffff) {
    for (let y = 0; y < height; y++) {
      const last = y * stride + stride - 1;
      words[last] = ((words[last] as number) & lastMask) >>> 0;
    }
  }
}
