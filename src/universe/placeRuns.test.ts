import { describe, expect, it } from "vitest";
import { createRandom } from "../engine/createRandom.ts";
import { Grid } from "../engine/Grid.ts";
import { PackedCells } from "../engine/PackedCells.ts";
import { patternRuns } from "../formats/patternRuns.ts";
import { placeRuns } from "./placeRuns.ts";
import { stampPacked } from "./stampPacked.ts";

/** Cell by cell, as the copies of the placement loop did it before placeRuns. */
function stampCellByCell(
  width: number,
  height: number,
  topology: "torus" | "plane",
  block: { width: number; height: number; cells: Uint8Array },
  x: number,
  y: number,
): Uint8Array {
  const out = new Uint8Array(width * height);
  for (let by = 0; by < block.height; by++) {
    for (let bx = 0; bx < block.width; bx++) {
      if (!block.cells[by * block.width + bx]) continue;
      let gx = x + bx;
      let gy = y + by;
      if (topology === "torus") {
        gx = ((gx % width) + width) % width;
        gy = ((gy % height) + height) % height;
      } else if (gx < 0 || gy < 0 || gx >= width || gy >= height) continue;
      out[gy * width + gx] = 1;
    }
  }
  return out;
}

describe("placeRuns and stampPacked", () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`land a block's runs where the cell-by-cell loop puts its cells (seed ${seed})`, () => {
      const random = createRandom(seed);
      const size = (max: number) => 1 + Math.floor(random() * max);
      for (let round = 0; round < 50; round++) {
        const width = size(70);
        const height = size(20);
        const block = { width: size(90), height: size(25), cells: new Uint8Array(0) };
        block.cells = Uint8Array.from({ length: block.width * block.height }, () =>
          random() < 0.6 ? 1 : 0,
        );
        const x = Math.floor(random() * 200) - 100;
        const y = Math.floor(random() * 60) - 30;
        for (const topology of ["torus", "plane"] as const) {
          const cells = new PackedCells(width, height);
          const outside = stampPacked(cells, topology, block, x, y);
          const expected = stampCellByCell(width, height, topology, block, x, y);
          expect(cells.toBytes(), `seed ${seed} round ${round} ${topology}`).toEqual(expected);
          let live = 0;
          let inside = 0;
          for (let by = 0; by < block.height; by++) {
            for (let bx = 0; bx < block.width; bx++) {
              if (!block.cells[by * block.width + bx]) continue;
              live++;
              const gx = x + bx;
              const gy = y + by;
              if (gx >= 0 && gy >= 0 && gx < width && gy < height) inside++;
            }
          }
          expect(outside, `seed ${seed} round ${round} ${topology}`).toBe(live - inside);
        }
      }
    });
  }

  it("lands runs as they are on the infinite plane, far from the origin too", () => {
    const runs = patternRuns({ width: 3, height: 2, cells: Uint8Array.of(1, 1, 0, 0, 2, 2) });
    const landed: number[][] = [];
    const outside = placeRuns({ kind: "infinite" }, runs, 2 ** 40, -7, (...stretch) =>
      landed.push(stretch),
    );
    expect(landed).toEqual([
      [-7, 2 ** 40, 2 ** 40 + 2, 1],
      [-6, 2 ** 40 + 1, 2 ** 40 + 3, 2],
    ]);
    expect(outside).toBe(0);
  });
});

describe("placeRuns on Golly's other surfaces", () => {
  it("lands cells outside the grid where Grid.assign folds them", () => {
    const random = createRandom(99);
    const spaces = [
      { kind: "cross", width: 13, height: 7 },
      { kind: "sphere", width: 9, height: 9 },
      {
        kind: "klein",
        width: 10,
        height: 7,
        twist: "horizontal",
        shift: { edges: "horizontal", by: 1 },
      },
      { kind: "torus", width: 11, height: 6, shift: { edges: "vertical", by: -2 } },
    ] as const;
    for (const space of spaces) {
      const block = { width: 23, height: 15, cells: new Uint8Array(23 * 15) };
      block.cells = block.cells.map(() => (random() < 0.3 ? 1 : 0));
      const [x, y] = [-6, -4];
      const landed = new Uint8Array(space.width * space.height);
      placeRuns(space, patternRuns(block), x, y, (row, x0, x1) =>
        landed.fill(1, row * space.width + x0, row * space.width + x1),
      );
      const grid = new Grid(space.height, space.width, { ...space, topology: space.kind });
      block.cells.forEach((alive, i) => {
        if (alive) grid.assign(y + Math.floor(i / block.width), x + (i % block.width), 1);
      });
      expect([...landed], space.kind).toEqual([...grid.cells]);
    }
  });
});
