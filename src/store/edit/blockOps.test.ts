import { describe, expect, it } from "vitest";
import type { CellBlock } from "./CellBlock.ts";
import { copyBlock } from "./copyBlock.ts";
import { stampBlock } from "./stampBlock.ts";
import { transformBlock } from "./transformBlock.ts";

const block = (rows: string[]): CellBlock => ({
  width: rows[0]?.length ?? 0,
  height: rows.length,
  cells: Uint8Array.from(rows.join("").split(""), (c) => (c === "#" ? 1 : 0)),
});
const rows = (b: CellBlock) =>
  Array.from({ length: b.height }, (_, y) =>
    Array.from(b.cells.slice(y * b.width, (y + 1) * b.width), (c) => (c ? "#" : ".")).join(""),
  );

describe("block operations", () => {
  const L = block(["#..", "###"]);

  it("rotates a quarter turn each way and back", () => {
    expect(rows(transformBlock(L, "rotate-clockwise"))).toEqual(["##", "#.", "#."]);
    expect(rows(transformBlock(L, "rotate-anticlockwise"))).toEqual([".#", ".#", "##"]);
    let b = L;
    for (let i = 0; i < 4; i++) b = transformBlock(b, "rotate-clockwise");
    expect(rows(b)).toEqual(rows(L));
  });

  it("flips horizontally and vertically", () => {
    expect(rows(transformBlock(L, "flip-horizontal"))).toEqual(["..#", "###"]);
    expect(rows(transformBlock(L, "flip-vertical"))).toEqual(["###", "#.."]);
  });

  it("copies a box out of a grid", () => {
    const grid = block(["....", ".#..", ".##.", "...."]);
    expect(rows(copyBlock(grid.cells, 4, { x: 1, y: 1, width: 2, height: 2 }))).toEqual([
      "#.",
      "##",
    ]);
  });

  it("stamps with or and copy, wrapping on a torus and clipping on a plane", () => {
    const torus = {
      width: 4,
      height: 3,
      topology: "torus" as const,
      cells: new Uint8Array(12).fill(1),
    };
    expect(stampBlock(torus, block(["#.", ".#"]), 3, 2, "copy")).toBe(2);
    expect(rows({ ...torus })).toEqual(["###.", "####", ".###"]);
    const plane = { width: 3, height: 3, topology: "plane" as const, cells: new Uint8Array(9) };
    expect(stampBlock(plane, block(["##", "##"]), 2, 2)).toBe(1);
    expect(rows(plane)).toEqual(["...", "...", "..#"]);
  });
});
