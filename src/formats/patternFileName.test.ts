import { describe, expect, it } from "vitest";
import { patternFileName } from "./patternFileName.ts";

describe("patternFileName", () => {
  it("names a download after the pattern, safe for any file system", () => {
    expect(patternFileName("Gosper glider gun", "rle")).toBe("gosper-glider-gun.rle");
    expect(patternFileName("p59-gun-with-Snark-reflectors", "rle")).toBe(
      "p59-gun-with-snark-reflectors.rle",
    );
    expect(patternFileName("../Bühler's  P/2 (v1.2)", "cells")).toBe("buhler-s-p-2-v1-2.cells");
    expect(patternFileName("x".repeat(300), "png")).toBe(`${"x".repeat(80)}.png`);
  });

  it('is "life" for a pattern without a usable name', () => {
    expect(patternFileName(null, "rle")).toBe("life.rle");
    expect(patternFileName("", "rle")).toBe("life.rle");
    expect(patternFileName("★☆", "png")).toBe("life.png");
  });
});
