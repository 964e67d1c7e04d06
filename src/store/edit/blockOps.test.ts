import { describe, expect, it } from "vitest";
import type { Space } from "../../universe/Universe.ts";
import type { CellBlock } from "./CellBlock.ts";
import { placeBlock } from "./placeBlock.ts";
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

  it("places with or and copy, wrapping on a torus and clipping on a plane", () => {
    const placed = (space: Space, at: [number, number], mode: "or" | "copy", cells: string[]) => {
      const out: string[] = [];
      placeBlock(space, block(cells), at[0], at[1], mode, (y, x0, x1, state) => {
        for (let x = x0; x < x1; x++) out.push(`${x},${y}=${state}`);
      });
      return out.sort();
    };
    // (3,2) and, wrapped, (0,0) live; (0,2) and (3,0) cleared by the block's dead cells.
    const torus = { kind: "torus", width: 4, height: 3 } as const;
    expect(placed(torus, [3, 2], "copy", ["#.", ".#"])).toEqual(
      ["3,2=1", "0,2=0", "3,0=0", "0,0=1"].sort(),
    );
    // "or" leaves the block's dead cells alone; a plane keeps only what falls on it.
    const plane = { kind: "plane", width: 3, height: 3 } as const;
    expect(placed(plane, [2, 2], "or", ["##", "##"])).toEqual(["2,2=1"]);
  });
});
