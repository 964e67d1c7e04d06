import { describe, expect, it } from "vitest";
import { foldOntoGrid } from "./foldOntoGrid.ts";
import { Grid } from "./Grid.ts";
import { type Surface, surfaceProblem } from "./Surface.ts";

/**
 * A grid whose cells are the letters A, B, C, ... in row order (states 1, 2, 3, ...), and what
 * it answers for rows -1..height and columns -1..width, as letters: the bordered diagrams of
 * Golly's Help (Bounded Grids) and of the comments in lifealgo.cpp.
 */
function bordered(surface: Surface, width: number, height: number): string[] {
  const cells = Uint8Array.from({ length: width * height }, (_, i) => i + 1);
  const grid = new Grid(height, width, surface, cells);
  const rows: string[] = [];
  for (let y = -1; y <= height; y++) {
    let row = "";
    for (let x = -1; x <= width; x++) {
      const state = grid.query(y, x);
      row += state === 0 ? "." : String.fromCharCode(64 + state);
    }
    rows.push(row);
  }
  return rows;
}

describe("Grid.query beyond the edges: Golly's border cells", () => {
  it.each<[string, Surface, number, number, string[]]>([
    [":P4,3", { topology: "plane" }, 4, 3, ["......", ".ABCD.", ".EFGH.", ".IJKL.", "......"]],
    [":T4,3", { topology: "torus" }, 4, 3, ["LIJKLI", "DABCDA", "HEFGHE", "LIJKLI", "DABCDA"]],
    [
      ":T4+1,3",
      { topology: "torus", shift: { edges: "horizontal", by: 1 } },
      4,
      3,
      ["KLIJKL", "DABCDA", "HEFGHE", "LIJKLI", "ABCDAB"],
    ],
    [
      ":T4,3+1",
      { topology: "torus", shift: { edges: "vertical", by: 1 } },
      4,
      3,
      ["HIJKLA", "LABCDE", "DEFGHI", "HIJKLA", "LABCDE"],
    ],
    [
      ":K4*,3",
      { topology: "klein", twist: "horizontal" },
      4,
      3,
      ["ILKJIL", "DABCDA", "HEFGHE", "LIJKLI", "ADCBAD"],
    ],
    [
      ":K4,3*",
      { topology: "klein", twist: "vertical" },
      4,
      3,
      ["DIJKLA", "LABCDI", "HEFGHE", "DIJKLA", "LABCDI"],
    ],
    [":C4,3", { topology: "cross" }, 4, 3, ["ALKJID", "LABCDI", "HEFGHE", "DIJKLA", "IDCBAL"]],
    [":S3", { topology: "sphere" }, 3, 3, ["AADGC", "AABCG", "BDEFH", "CGHII", "GCFII"]],
  ])("%s answers as Golly's diagram", (_suffix, surface, width, height, diagram) => {
    expect(bordered(surface, width, height)).toEqual(diagram);
  });

  // Golly's code (JoinTwistedAndShiftedEdges) joins a shifted twist as twisted x -> x - 1,
  // wrapping, which is its Help's diagram moved two columns: the code is what Golly runs.
  it(":K4*+1,3 answers as Golly's JoinTwistedAndShiftedEdges copies", () => {
    const surface: Surface = {
      topology: "klein",
      twist: "horizontal",
      shift: { edges: "horizontal", by: 1 },
    };
    expect(bordered(surface, 4, 3)).toEqual(["LKJILK", "DABCDA", "HEFGHE", "LIJKLI", "DCBADC"]);
  });

  it(":K3,4*+1 answers as Golly's JoinTwistedAndShiftedEdges copies", () => {
    const surface: Surface = {
      topology: "klein",
      twist: "vertical",
      shift: { edges: "vertical", by: 1 },
    };
    // Left of row y: the right column at row (h - 2 - y) mod h; right of it: the left column.
    expect(bordered(surface, 3, 4)).toEqual(["LJKLJ", "IABCG", "FDEFD", "CGHIA", "LJKLJ", "IABCG"]);
  });

  type Move = (y: number, x: number) => readonly [number, number];
  it.each<[string, Surface, number, number, Move[]]>([
    ["torus", { topology: "torus" }, 5, 3, [(y, x) => [y + 3, x], (y, x) => [y, x + 5]]],
    [
      "shifted torus",
      { topology: "torus", shift: { edges: "horizontal", by: -2 } },
      5,
      3,
      // Below the bottom edge is the top row moved by the shift.
      [(y, x) => [y + 3, x + 2], (y, x) => [y, x + 5]],
    ],
    [
      "vertically shifted torus",
      { topology: "torus", shift: { edges: "vertical", by: 2 } },
      5,
      7,
      [(y, x) => [y + 7, x], (y, x) => [y - 2, x + 5]],
    ],
    [
      "Klein bottle",
      { topology: "klein", twist: "horizontal" },
      5,
      3,
      [(y, x) => [y + 3, 4 - x], (y, x) => [y, x + 5]],
    ],
    [
      "Klein bottle",
      { topology: "klein", twist: "vertical" },
      5,
      3,
      [(y, x) => [y + 3, x], (y, x) => [2 - y, x + 5]],
    ],
    [
      "shifted Klein bottle",
      { topology: "klein", twist: "vertical", shift: { edges: "vertical", by: 1 } },
      5,
      4,
      [(y, x) => [y + 4, x], (y, x) => [2 - y, x + 5]],
    ],
    [
      "cross-surface",
      { topology: "cross" },
      5,
      3,
      [(y, x) => [y + 3, 4 - x], (y, x) => [2 - y, x + 5]],
    ],
    [
      "sphere",
      { topology: "sphere" },
      4,
      4,
      // Quarter turns about the top-left and bottom-right corners.
      [(y, x) => [x, -1 - y], (y, x) => [x, 7 - y]],
    ],
  ])(
    "folds far points of a %s by the same joins as the near ones",
    (_name, surface, width, height, moves) => {
      // Neighbours far out (a Larger than Life reach) are where crossing the edges again
      // leads: a point and its image under each join are the same cell, wherever they are.
      const fold = (y: number, x: number) => foldOntoGrid(surface, width, height, y, x);
      for (let y = -3 * height; y < 4 * height; y++) {
        for (let x = -3 * width; x < 4 * width; x++) {
          const at = fold(y, x);
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThan(width * height);
          for (const move of moves) {
            const [y2, x2] = move(y, x);
            expect(fold(y2, x2), `${y},${x} -> ${y2},${x2}`).toBe(at);
          }
        }
      }
    },
  );

  it("writes beyond the edges where it reads", () => {
    const surface: Surface = { topology: "cross" };
    const grid = new Grid(3, 4, surface);
    grid.assign(-1, 0, 7);
    expect(grid.query(2, 3)).toBe(7);
    expect(grid.query(-1, 0)).toBe(7);
    const plane = new Grid(3, 4, "plane");
    plane.assign(-1, 0, 7);
    expect(plane.population()).toBe(0);
  });

  it("refuses the surfaces Golly refuses", () => {
    expect(() => new Grid(3, 4, "sphere")).toThrow(/sphere is square/);
    expect(() => new Grid(3, 4, "klein")).toThrow(/twisted pair/);
    expect(() => new Grid(3, 4, { topology: "torus", twist: "vertical" })).toThrow(/no twist/);
    expect(
      () => new Grid(3, 4, { topology: "cross", shift: { edges: "vertical", by: 1 } }),
    ).toThrow(/no shift/);
    const klein = { topology: "klein", twist: "horizontal" } as const;
    expect(surfaceProblem({ ...klein, shift: { edges: "horizontal", by: 1 } }, 5, 4)).toMatch(
      /even edges only/,
    );
    expect(surfaceProblem({ ...klein, shift: { edges: "vertical", by: 1 } }, 4, 4)).toMatch(
      /twisted edges only/,
    );
    expect(
      surfaceProblem({ topology: "torus", shift: { edges: "vertical", by: 3 } }, 4, 3),
    ).toMatch(/under 3/);
    expect(surfaceProblem({ ...klein, shift: { edges: "horizontal", by: 1 } }, 4, 5)).toBeNull();
  });
});
