import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { PackedCells } from "../engine/index.ts";
import { compactCells, expandCells } from "./compactCells.ts";

describe("compactCells", () => {
  it("round-trips empty, sparse, dense and random grids", () => {
    const seed = pickSeed();
    const random = createRandom(seed);
    for (const density of [0, 0.0005, 0.3, 1]) {
      const cells = new PackedCells(100, 37);
      for (let y = 0; y < 37; y++)
        for (let x = 0; x < 100; x++) if (random() < density) cells.set(x, y, 1);
      expect(
        expandCells(compactCells(cells)).equals(cells),
        `seed ${seed}, density ${density}`,
      ).toBe(true);
    }
  });

  it("keeps an empty big grid in a couple of words", () => {
    const empty = new PackedCells(16384, 1024);
    expect(compactCells(empty).runs.length).toBe(2);
    empty.set(5000, 700, 1);
    expect(compactCells(empty).runs.length).toBe(5);
  });
});
