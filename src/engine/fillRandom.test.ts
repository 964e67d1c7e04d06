import { describe, expect, it } from "vitest";
import { pickSeed } from "../../tests/support/random.ts";
import { fillRandom } from "./fillRandom.ts";
import { PackedCells } from "./PackedCells.ts";

function soup(width: number, height: number, density: number, seed: number): PackedCells {
  const cells = new PackedCells(width, height);
  fillRandom(cells, density, seed);
  return cells;
}

describe("fillRandom", () => {
  it("gives each density within a few standard deviations, at word-straddling widths", () => {
    const seed = pickSeed();
    for (const density of [0.001, 0.1, 0.25, 0.3, 0.5, 0.77, 0.999]) {
      for (const width of [33, 500]) {
        const cells = soup(width, 400, density, seed + width);
        const n = width * 400;
        const sd = Math.sqrt(n * density * (1 - density));
        const message = `seed ${seed}, density ${density}, width ${width}`;
        expect(Math.abs(cells.population() - n * density), message).toBeLessThan(5 * sd + 1);
      }
    }
  });

  it("makes cells independent of their neighbours (pairs alive at density squared)", () => {
    const seed = pickSeed();
    const density = 0.3;
    const cells = soup(512, 256, density, seed);
    let pairs = 0;
    for (let y = 0; y < 256; y++)
      for (let x = 0; x + 1 < 512; x++) pairs += cells.get(x, y) & cells.get(x + 1, y);
    const n = 511 * 256;
    const p = density * density;
    expect(Math.abs(pairs - n * p), `seed ${seed}`).toBeLessThan(5 * Math.sqrt(n * p * (1 - p)));
  });

  it("gives the same soup for the same seed and another for another seed", () => {
    const seed = pickSeed();
    expect(soup(100, 50, 0.4, seed).equals(soup(100, 50, 0.4, seed)), `seed ${seed}`).toBe(true);
    expect(soup(100, 50, 0.4, seed).equals(soup(100, 50, 0.4, seed + 1)), `seed ${seed}`).toBe(
      false,
    );
  });

  it("fills nothing at 0, everything at 1, and never past the last column", () => {
    expect(soup(70, 9, 0, 1).population()).toBe(0);
    const full = soup(70, 9, 1, 1);
    expect(full.population()).toBe(70 * 9);
    const half = soup(70, 9, 0.5, 1);
    for (let y = 0; y < 9; y++) expect((half.words[y * 3 + 2] as number) >>> 6).toBe(0);
  });
});
