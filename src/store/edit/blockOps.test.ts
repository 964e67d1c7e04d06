import { describe, expect, it } from "vitest";
import { PackedCells } from "../../engine/index.ts";
import type { CellBlock } from "./CellBlock.ts";
import { copyBlock } from "./copyBlock.ts";
import { stampChanges } from "./stampChanges.ts";
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
    const packed = PackedCells.fromBytes(grid.cells, 4, 4);
    expect(rows(copyBlock(packed, { x: 1, y: 1, width: 2, height: 2 }))).toEqual(["#.", "##"]);
  });

  it("lists the changes of stamping with or and copy, wrapping on a torus and clipping on a plane", () => {
    const full = new PackedCells(4, 3);
    full.words.fill(0b1111);
    const copy = stampChanges(
      { topology: "torus", cells: full },
      block(["#.", ".#"]),
      3,
      2,
      "copy",
    );
    // (3,2) stays alive; (0,2) and (3,0) are cleared; (0,0) was already alive.
    expect(copy.sort()).toEqual(
      [
        [2 * 4 + 0, 0],
        [0 * 4 + 3, 0],
      ].sort(),
    );
    const empty = new PackedCells(3, 3);
    const or = stampChanges({ topology: "plane", cells: empty }, block(["##", "##"]), 2, 2, "or");
    expect(or).toEqual([[2 * 3 + 2, 1]]);
  });
});
