import { describe, expect, it } from "vitest";
import { MAX_GRID_SIDE } from "../engine/gridLimits.ts";
import { catchFormatError } from "./catchFormatError.ts";
import { parseCells } from "./parseCells.ts";
import { parseLife106 } from "./parseLife106.ts";
import { parsePattern } from "./parsePattern.ts";

// The grid holds at most 16384 cells a side; a longer box of few cells must not slip under the
// area limit (268435456 x 1 is 2^28 cells, as many as 16384 x 16384).
const LIMIT = `larger than the limit of ${MAX_GRID_SIDE} cells a side`;

describe("the per-side limit of every pattern format", () => {
  it("is 16384, the side the app documents", () => {
    expect(MAX_GRID_SIDE).toBe(16384);
  });

  it.each([
    ["x = 268435456, y = 1\no!", 1, 1, "268435456 x 1"],
    ["x = 20000, y = 100\no!", 1, 1, "20000 x 100"],
    ["x = 1, y = 16385\no!", 1, 1, "1 x 16385"],
    ["x = 1, y = 1\n20000o!", 2, 1, "20000 x 1"],
    ["x = 1, y = 1\n16384$o!", 2, 7, "1 x 16385"],
  ])("refuses the RLE %j, naming its size and the limit", (text, line, column, size) => {
    const error = catchFormatError(() => parsePattern(text));
    expect(error).toMatchObject({ line, column });
    expect(error.reason).toContain(`pattern of ${size} cells is ${LIMIT}`);
    expect(error.reason).toMatch(/Golly/);
  });

  it("opens an RLE pattern exactly 16384 wide", () => {
    expect(parsePattern("x = 16384, y = 1\n16384o!").width).toBe(16384);
  });

  it("refuses a plaintext row 16385 cells long at its 16385th cell", () => {
    const error = catchFormatError(() => parseCells(`!wide\n${"O".repeat(16385)}\n`));
    expect(error).toMatchObject({ line: 2, column: 16385 });
    expect(error.reason).toContain(`pattern of 16385 x 1 cells is ${LIMIT}`);
    expect(parseCells("O".repeat(16384)).width).toBe(16384);
  });

  it("refuses a plaintext pattern 16385 rows tall at its last row", () => {
    const error = catchFormatError(() => parseCells("O\n".repeat(16385)));
    expect(error).toMatchObject({ line: 16385, column: 1 });
    expect(error.reason).toContain(`pattern of 1 x 16385 cells is ${LIMIT}`);
  });

  it("refuses a Life 1.06 box 16385 wide or tall", () => {
    const wide = catchFormatError(() => parseLife106("#Life 1.06\n0 0\n 16384 0\n"));
    expect(wide).toMatchObject({ line: 3, column: 2 });
    expect(wide.reason).toContain(`pattern of 16385 x 1 cells is ${LIMIT}`);
    const tall = catchFormatError(() => parseLife106("#Life 1.06\n0 -8192\n0 8192\n"));
    expect(tall.reason).toContain(`pattern of 1 x 16385 cells is ${LIMIT}`);
    expect(parseLife106("#Life 1.06\n0 0\n16383 0\n").width).toBe(16384);
  });
});
