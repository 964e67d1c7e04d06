import { describe, expect, it } from "vitest";
import { PackedCells } from "../engine/PackedCells.ts";
import { catchFormatError } from "./catchFormatError.ts";
import { cellsOf } from "./cellsOf.ts";
import { parseAnyPattern } from "./parseAnyPattern.ts";
import { parsePattern } from "./parsePattern.ts";
import { parseRle } from "./parseRle.ts";
import { randomPattern } from "./randomPattern.ts";
import { writePackedRle } from "./writePackedRle.ts";
import { writeCxrleLine, writeRle } from "./writeRle.ts";

const BEYOND_2_53 = 2n ** 64n + 12345n;

describe("reading #CXRLE", () => {
  it("gives the box's top-left cell and the generation, and keeps the line out of the comments", () => {
    const pattern = parseRle(
      "#CXRLE Pos=-12,-7 Gen=18446744073709563961\n#N Glider\nx = 3, y = 3, rule = B3/S23\nbo$2bo$3o!\n",
    );
    expect(pattern).toMatchObject({ x: -12, y: -7, generation: BEYOND_2_53, width: 3 });
    expect(pattern.comments).toEqual([{ kind: "N", text: "Glider" }]);
    expect(cellsOf(pattern)).toEqual([".O.", "..O", "OOO"]);
  });

  it("reads Pos alone, Gen alone, keys in any order, unknown keys and repeated lines", () => {
    expect(parseRle("#CXRLE Pos=5,+6\nx = 1, y = 1\no!")).toMatchObject({ x: 5, y: 6 });
    const genOnly = parseRle("#CXRLE Gen=42\nx = 1, y = 1\no!");
    expect(genOnly.generation).toBe(42n);
    expect(genOnly.x).toBeUndefined();
    expect(parseRle("#CXRLE Gen=0 Foo=bar Pos=1,2\nx = 1, y = 1\no!")).toMatchObject({
      x: 1,
      y: 2,
      generation: 0n,
    });
    expect(parseRle("  #CXRLE Pos=1,1\n\n#CXRLE Pos=2,3\r\nx = 1, y = 1\no!").comments).toEqual([]);
    expect(parseRle("#CXRLE Pos=1,1\n#CXRLE Pos=2,3\nx = 1, y = 1\no!")).toMatchObject({
      x: 2,
      y: 3,
    });
  });

  it("treats a #CXRLE line after another line as a plain comment, as Golly does", () => {
    const pattern = parseRle("#N a\n#CXRLE Pos=4,4\nx = 1, y = 1\no!");
    expect(pattern.x).toBeUndefined();
    expect(pattern.comments).toEqual([
      { kind: "N", text: "a" },
      { kind: "C", text: "XRLE Pos=4,4" },
    ]);
    expect(parseRle("#CXRLEfoo\nx = 1, y = 1\no!").comments).toEqual([
      { kind: "C", text: "XRLEfoo" },
    ]);
  });

  it("leaves x, y and generation out of a file without #CXRLE", () => {
    const pattern = parseRle("x = 1, y = 1\no!");
    expect("x" in pattern || "y" in pattern || "generation" in pattern).toBe(false);
  });

  it.each([
    ["#CXRLE Pos=1\nx = 1, y = 1\no!", 1, 12, 'Pos must be two integers "x,y", got "1"'],
    ["#CXRLE Pos=1,2,3\nx = 1, y = 1\no!", 1, 12, 'Pos must be two integers "x,y", got "1,2,3"'],
    ["#CXRLE  Gen=-5\nx = 1, y = 1\no!", 1, 13, 'Gen must be a non-negative integer, got "-5"'],
    ["#CXRLE Gen=1e9\nx = 1, y = 1\no!", 1, 12, 'Gen must be a non-negative integer, got "1e9"'],
    [
      "#CXRLE Pos=99999999999999999,0\nx = 1, y = 1\no!",
      1,
      12,
      "Pos 99999999999999999,0 is too far from the origin",
    ],
    [
      "#CXRLE Pos=9007199254740990,0\nx = 3, y = 1\n3o!",
      1,
      12,
      "Pos puts the pattern's far corner at (9007199254740992, 0), past 9007199254740991 (2^53 - 1), the last exact coordinate",
    ],
  ])("refuses %j at line %i, column %i", (text, line, column, reason) => {
    expect(catchFormatError(() => parseRle(text))).toMatchObject({ reason, line, column });
  });

  it("is read by parsePattern and parseAnyPattern too", () => {
    const text = "#CXRLE Pos=-1,-2 Gen=7\nx = 2, y = 1\n2o!";
    expect(parsePattern(text)).toMatchObject({ x: -1, y: -2, generation: 7n });
    expect(parseAnyPattern(text)).toMatchObject({ x: -1, y: -2, generation: 7n });
  });
});

describe("writing #CXRLE", () => {
  const glider = parseRle("#N Glider\nx = 3, y = 3, rule = B3/S23\nbo$2bo$3o!");

  it("writes Golly's line first: Pos always, Gen only above 0", () => {
    expect(writeRle(glider, { position: { x: -5, y: 3 }, generation: 100n })).toBe(
      "#CXRLE Pos=-5,3 Gen=100\n#N Glider\nx = 3, y = 3, rule = B3/S23\nbo$2bo$3o!\n",
    );
    expect(writeRle(glider, { position: { x: 0, y: 0 }, generation: 0n })).toMatch(
      /^#CXRLE Pos=0,0\n#N Glider\n/,
    );
    expect(writeCxrleLine({ generation: BEYOND_2_53 })).toBe(`#CXRLE Gen=${BEYOND_2_53}`);
    expect(writeCxrleLine({ generation: 0n })).toBeUndefined();
  });

  it("writes no line by default, even for a pattern read with a position", () => {
    const placed = parseRle("#CXRLE Pos=3,4 Gen=5\nx = 1, y = 1\no!");
    expect(writeRle(placed)).toBe("x = 1, y = 1\no!\n");
  });

  it("refuses a position that is not two safe integers and a negative generation", () => {
    expect(() => writeRle(glider, { position: { x: 0.5, y: 0 } })).toThrow(RangeError);
    expect(() => writeRle(glider, { position: { x: 2 ** 53, y: 0 } })).toThrow(RangeError);
    expect(() => writeRle(glider, { generation: -1n })).toThrow(RangeError);
  });

  it("round-trips position and generation, negative and past 2^53, for seeded random patterns", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const pattern = randomPattern(seed, { maxSide: 30 });
      const x = (seed % 2 === 0 ? -1 : 1) * seed * 1_000_003;
      const y = -seed;
      const generation = seed % 3 === 0 ? 0n : BEYOND_2_53 * BigInt(seed);
      const read = parseRle(writeRle(pattern, { position: { x, y }, generation }));
      const expected = { x, y, generation: seed % 3 === 0 ? undefined : generation };
      expect({ x: read.x, y: read.y, generation: read.generation }, `seed ${seed}`).toEqual(
        expected,
      );
      expect(cellsOf(read), `seed ${seed}`).toEqual(cellsOf(pattern));
      expect(read.comments, `seed ${seed}`).toEqual(pattern.comments);
    }
  });

  it("is written by writePackedRle too, byte for byte as writeRle", () => {
    const pattern = randomPattern(7, { minSide: 5, maxSide: 40 });
    const cells = PackedCells.fromBytes(pattern.cells, pattern.width, pattern.height);
    const chunks: Uint8Array[] = [];
    const place = { position: { x: -40, y: 9 }, generation: BEYOND_2_53 };
    writePackedRle(cells, (chunk) => chunks.push(chunk), {
      ...place,
      comments: pattern.comments,
      ...(pattern.rule !== undefined && { rule: pattern.rule }),
    });
    const text = new TextDecoder().decode(Buffer.concat(chunks));
    expect(text).toBe(writeRle(pattern, place));
  });
});
