import { describe, expect, it } from "vitest";
import type { Pattern } from "./Pattern.ts";
import { parseCells } from "./parseCells.ts";
import { parseRle } from "./parseRle.ts";
import { randomPattern } from "./randomPattern.ts";
import { writeCells } from "./writeCells.ts";
import { writeRle } from "./writeRle.ts";

/** The pattern with its cells as a string: deep equality on large typed arrays is slow. */
function comparable(pattern: Pattern): object {
  expect(pattern.cells).toBeInstanceOf(Uint8Array);
  return { ...pattern, cells: pattern.cells.join("") };
}

const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);

// A body line is whole tokens: an optional count of 2 or more, then a tag; `!` only at the end.
const BODY_LINE = /^(?:(?:[2-9]|[1-9]\d+)?[bo$])*!?$/;

describe("RLE round trip", () => {
  it("reads back exactly what it wrote, for seeded random patterns", () => {
    for (const seed of SEEDS) {
      const pattern = randomPattern(seed);
      const text = writeRle(pattern);
      const read = parseRle(text);
      expect(comparable(read), `seed ${seed}`).toEqual(comparable(pattern));
      expect(writeRle(read), `seed ${seed}`).toBe(text);
    }
  });

  it("writes body lines of whole tokens within 70 characters", () => {
    for (const seed of SEEDS) {
      const text = writeRle(randomPattern(seed));
      expect(text.endsWith("!\n"), `seed ${seed}`).toBe(true);
      const lines = text.split("\n").slice(0, -1);
      const body = lines.slice(lines.findIndex((line) => line.startsWith("x = ")) + 1);
      for (const line of body) {
        expect(line.length, `seed ${seed}: ${line}`).toBeLessThanOrEqual(70);
        expect(line, `seed ${seed}`).toMatch(BODY_LINE);
      }
      const joined = body.join("");
      expect(joined.indexOf("!"), `seed ${seed}`).toBe(joined.length - 1);
      // Trailing dead cells and trailing empty rows are never written.
      expect(joined, `seed ${seed}`).not.toMatch(/b[$!]|\$!/);
    }
  });
});

describe("plaintext round trip", () => {
  it("reads back the same cells, box and comments, for seeded random patterns", () => {
    for (const seed of SEEDS) {
      const pattern = randomPattern(seed, {
        minSide: 1,
        commentKinds: ["N", "O", "C"],
        rules: [undefined],
      });
      const text = writeCells(pattern);
      const read = parseCells(text);
      expect(comparable(read), `seed ${seed}`).toEqual(comparable(pattern));
      expect(writeCells(read), `seed ${seed}`).toBe(text);
    }
  });
});

describe("across formats", () => {
  it("keeps the cells from RLE through plaintext and back", () => {
    for (const seed of SEEDS) {
      const pattern = randomPattern(seed, { minSide: 1, maxSide: 40 });
      const viaCells = parseCells(writeCells(parseRle(writeRle(pattern))));
      expect(viaCells.cells.join(""), `seed ${seed}`).toBe(pattern.cells.join(""));
      expect([viaCells.width, viaCells.height], `seed ${seed}`).toEqual([
        pattern.width,
        pattern.height,
      ]);
    }
  });
});
