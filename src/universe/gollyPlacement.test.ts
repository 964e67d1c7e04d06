import { describe, expect, it } from "vitest";
import { gollyPlacement } from "./gollyPlacement.ts";

describe("gollyPlacement", () => {
  it("puts the pattern's middle cell on the grid's middle cell, as Golly does", () => {
    // Golly: grid from -floor(side/2), pattern from -floor(size/2).
    expect(gollyPlacement(5, 3)).toBe(1);
    expect(gollyPlacement(4, 1)).toBe(2);
    expect(gollyPlacement(40, 9)).toBe(16);
    expect(gollyPlacement(41, 10)).toBe(15);
  });

  it("puts a pattern too big for the grid at its first cell", () => {
    expect(gollyPlacement(10, 11)).toBe(0);
  });

  it("puts a pattern with a place of its own (#CXRLE Pos) there, from the grid's middle cell", () => {
    // cross-surface.rle in Golly's collection: Pos=-13,-4 on :C40,20.
    expect(gollyPlacement(40, 27, -13)).toBe(7);
    expect(gollyPlacement(20, 9, -4)).toBe(6);
    expect(gollyPlacement(31, 3, 0)).toBe(15);
  });
});
