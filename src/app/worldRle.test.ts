import { describe, expect, it } from "vitest";
import { worldFromRle } from "./worldRle.ts";

describe("worldFromRle (the autosave's reader)", () => {
  it.each([
    ["x = 20000, y = 100, rule = B3/S23\no!", /pattern of 20000 x 100 cells .* 16384 cells a side/],
    ["x = 268435456, y = 1\no!", /pattern of 268435456 x 1 cells .* 16384 cells a side/],
    ["x = 1, y = 1, rule = B3/S23:T20000,100\no!", /":T20000,100" is too large: more than 16384/],
  ])("refuses %j, past 16384 cells a side, before making the grid", (text, message) => {
    expect(() => worldFromRle(text)).toThrow(message);
  });

  it("reads a grid exactly 16384 wide", () => {
    expect(worldFromRle("x = 1, y = 1, rule = B3/S23:P16384,2\no!").width).toBe(16384);
  });
});
