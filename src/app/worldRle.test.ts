import { describe, expect, it } from "vitest";
import { PackedCells } from "../engine/index.ts";
import { parseRule } from "../rules/index.ts";
import { worldFromRle, worldToRle } from "./worldRle.ts";

const world = {
  width: 4,
  height: 3,
  topology: "torus" as const,
  rule: parseRule("B3/S23").rule,
  cells: PackedCells.fromBytes(new Uint8Array([1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 4, 3),
};

describe("worldToRle", () => {
  it("writes the opened file's comments back, and they read back", () => {
    const comments = [
      { kind: "N", text: "Blinker" },
      { kind: "O", text: "John Conway" },
      { kind: "C", text: "The smallest oscillator." },
    ];
    const text = worldToRle({ ...world, patternName: "Blinker", comments });
    expect(text.split("\n").slice(0, 3)).toEqual([
      "#N Blinker",
      "#O John Conway",
      "#C The smallest oscillator.",
    ]);
    const back = worldFromRle(text);
    expect(back.patternName).toBe("Blinker");
    expect(back.comments).toEqual(comments);
  });

  it("names the pattern with #N when its file had no #N line", () => {
    const text = worldToRle({ ...world, patternName: "blinker", comments: [] });
    expect(text.startsWith("#N blinker\n")).toBe(true);
  });

  it("writes no name for an unnamed world", () => {
    const text = worldToRle({ ...world, patternName: null, comments: [] });
    expect(text).not.toContain("#N");
    expect(worldFromRle(text)).toMatchObject({ patternName: null, comments: [] });
  });
});

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
