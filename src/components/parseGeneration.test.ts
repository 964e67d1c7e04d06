import { expect, it } from "vitest";
import { parseGeneration } from "./HyperspeedControls.tsx";

it("reads a generation as digits, with separators, or as 2^k, exactly", () => {
  expect(parseGeneration("1000000")).toBe(1000000n);
  expect(parseGeneration(" 1,152,921,504,606,846,977 ")).toBe(2n ** 60n + 1n);
  expect(parseGeneration("2^60")).toBe(2n ** 60n);
  expect(parseGeneration("2^101")).toMatch(/past 2\^100/);
  expect(parseGeneration("ten")).toMatch(/not a generation/);
  expect(parseGeneration("-5")).toMatch(/not a generation/);
});
