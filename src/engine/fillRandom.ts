import { createRandom } from "./createRandom.ts";
import type { PackedCells } from "./PackedCells.ts";

/**
 * Fills `cells` with live cells at the given density (0..1) from a seeded generator
 * (mulberry32), so a random fill can be repeated from its seed. Writes whole words: a
 * 16384 x 16384 grid takes about a second.
 */
export function fillRandom(cells: PackedCells, density: number, seed: number): void {
  const random = createRandom(seed);
  const { width, height, stride, words } = cells;
  for (let y = 0; y < height; y++) {
    for (let w = 0; w < stride; w++) {
      let word = 0;
      const bits = Math.min(32, width - w * 32);
      for (let bit = 0; bit < bits; bit++) {
        if (random() < density) word |= 1 << bit;
      }
      words[y * stride + w] = word >>> 0;
    }
  }
}
