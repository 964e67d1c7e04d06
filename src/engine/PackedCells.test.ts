import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { PackedCells, popcount } from "./PackedCells.ts";

function randomBytes(width: number, height: number, seed: number, density = 0.4): Uint8Array {
  const random = createRandom(seed);
  return Uint8Array.from({ length: width * height }, () => (random() < density ? 1 : 0));
}

describe("PackedCells", () => {
  it("round-trips bytes and agrees cell by cell, at widths around word boundaries", () => {
    const seed = pickSeed();
    for (const width of [1, 5, 31, 32, 33, 64, 65, 100]) {
      const bytes = randomBytes(width, 7, seed + width);
      const packed = PackedCells.fromBytes(bytes, width, 7);
      expect(packed.toBytes(), `seed ${seed}, width ${width}`).toEqual(bytes);
      expect(packed.population()).toBe(bytes.reduce((a, b) => a + b, 0));
      for (let i = 0; i < bytes.length; i++) expect(packed.getIndex(i)).toBe(bytes[i]);
    }
  });

  it("sets and clears single cells without touching the others", () => {
    const packed = new PackedCells(40, 3);
    packed.set(31, 1, 1);
    packed.set(32, 1, 1);
    packed.setIndex(2 * 40 + 39, 1);
    expect(packed.population()).toBe(3);
    packed.set(31, 1, 0);
    expect([packed.get(31, 1), packed.get(32, 1), packed.get(39, 2)]).toEqual([0, 1, 1]);
  });

  it("counts live cells in any column range of a row", () => {
    const seed = pickSeed();
    const random = createRandom(seed);
    const bytes = randomBytes(97, 2, seed);
    const packed = PackedCells.fromBytes(bytes, 97, 2);
    for (let i = 0; i < 200; i++) {
      const x0 = Math.floor(random() * 97);
      const x1 = x0 + Math.floor(random() * (98 - x0));
      let expected = 0;
      for (let x = x0; x < x1; x++) expected += bytes[97 + x] as number;
      expect(packed.countInRow(1, x0, x1), `seed ${seed}: ${x0}..${x1}`).toBe(expected);
    }
  });

  it("finds the box around the live cells", () => {
    const packed = new PackedCells(70, 20);
    expect(packed.liveBounds()).toBeUndefined();
    packed.set(33, 4, 1);
    packed.set(65, 9, 1);
    packed.set(40, 2, 1);
    expect(packed.liveBounds()).toEqual({ x: 33, y: 2, width: 33, height: 8 });
  });

  it("fills runs that start and end anywhere, touching nothing else", () => {
    const seed = pickSeed();
    const random = createRandom(seed);
    for (let trial = 0; trial < 200; trial++) {
      const width = 1 + Math.floor(random() * 130);
      const bytes = randomBytes(width, 3, seed + trial, 0.3);
      const packed = PackedCells.fromBytes(bytes, width, 3);
      const x0 = Math.floor(random() * width);
      const x1 = x0 + Math.floor(random() * (width - x0 + 1));
      packed.fillRun(1, x0, x1);
      bytes.fill(1, width + x0, width + x1);
      expect(packed.toBytes(), `seed ${seed}, trial ${trial}`).toEqual(bytes);
    }
  });

  it("finds the same box as a cell-by-cell scan, on sparse seeded grids", () => {
    const seed = pickSeed();
    for (let trial = 0; trial < 40; trial++) {
      const width = 1 + ((seed + trial * 7) % 150);
      const bytes = randomBytes(width, 30, seed + trial, 0.002 * (trial % 5));
      const packed = PackedCells.fromBytes(bytes, width, 30);
      let box: { x: number; y: number; width: number; height: number } | undefined;
      let [x0, y0, x1, y1] = [width, 30, -1, -1];
      for (let i = 0; i < bytes.length; i++) {
        if (!bytes[i]) continue;
        const [x, y] = [i % width, Math.floor(i / width)];
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
        box = { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
      }
      expect(packed.liveBounds(), `seed ${seed}, trial ${trial}`).toEqual(box);
    }
  });

  it("counts bits", () => {
    expect([0, 1, 0xffffffff, 0x80000001, 0x12345678].map(popcount)).toEqual([0, 1, 32, 2, 13]);
  });
});
