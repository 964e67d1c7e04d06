import { describe, expect, it } from "vitest";
import { MAX_GRID_SIDE } from "../engine/gridLimits.ts";
import { catchFormatError } from "./catchFormatError.ts";
import { cellsOf } from "./cellsOf.ts";
import { parseLife105 } from "./parseLife105.ts";
import { parsePattern } from "./parsePattern.ts";

// Shaped like the Life 1.05 files of Golly's collection: a bare #P, #D lines, rows that stop at
// their last live cell.
const ACORN =
  "#Life 1.05\n#D Acorn\n#D The most vigorously growing 7-cell methuselah pattern.\n#P\n.*\n...*\n**..***\n";

// Two blocks at negative and positive positions, #N, a dead row inside a block.
const BLOCKS = `#Life 1.05
#D Two blocks
#D
#N
#P -3 -2
**
*.
.
.*
#P 2 1
***
`;

describe("parseLife105", () => {
  it("reads a file with a bare #P from (0, 0), #D lines as comments and no rule", () => {
    const pattern = parseLife105(ACORN);
    expect(cellsOf(pattern)).toEqual([".O.....", "...O...", "OO..OOO"]);
    expect(pattern).toMatchObject({ width: 7, height: 3, x: 0, y: 0 });
    expect(pattern.comments).toEqual([
      { kind: "C", text: "Acorn" },
      { kind: "C", text: "The most vigorously growing 7-cell methuselah pattern." },
    ]);
    expect(pattern.rule).toBeUndefined();
    expect(pattern.generation).toBeUndefined();
  });

  it("places each #P block at its x, y and gives the live cells' top-left as the position", () => {
    const pattern = parseLife105(BLOCKS);
    // Cells: (-3,-2) (-2,-2) (-3,-1) (-2,1) from the first block, (2..4, 1) from the second.
    expect(pattern).toMatchObject({ width: 8, height: 4, x: -3, y: -2, rule: "B3/S23" });
    expect(cellsOf(pattern)).toEqual(["OO......", "O.......", "........", ".O...OOO"]);
    expect(pattern.comments).toEqual([
      { kind: "C", text: "Two blocks" },
      { kind: "C", text: "" },
    ]);
  });

  it("goes on below the last block at a bare #P, from its left edge, as Golly does", () => {
    const pattern = parseLife105("#Life 1.05\n#P 5 7\n*\n#P\n.*\n");
    expect(pattern).toMatchObject({ x: 5, y: 7 });
    expect(cellsOf(pattern)).toEqual(["O.", ".O"]);
  });

  it("takes the rule of the last #N or #R, kept as written", () => {
    expect(parseLife105("#Life 1.05\n#R 23/3\n#P 0 0\n*\n").rule).toBe("23/3");
    expect(parseLife105("#Life 1.05\n#R B234\n#P\n**\n**\n").rule).toBe("B234");
    expect(parseLife105("#Life 1.05\n#R 23/36\n#N\n*\n").rule).toBe("B3/S23");
    expect(parseLife105("#Life 1.05\n#N\n#R   34/34  \n*\n").rule).toBe("34/34");
  });

  it("keeps other # lines as comments, a #N with text as a name", () => {
    const pattern = parseLife105("#Life 1.05\n#N Glider\n#C made by hand\n#O someone\n*\n");
    expect(pattern.comments).toEqual([
      { kind: "N", text: "Glider" },
      { kind: "C", text: "made by hand" },
      { kind: "O", text: "someone" },
    ]);
    expect(pattern.rule).toBeUndefined();
  });

  it("reads x y cell lines too, at absolute positions, and merges overlapping cells", () => {
    const pattern = parseLife105("#Life 1.05\n#P 0 0\n**\n-1 -1\n1 0\n+2 0\n");
    expect(pattern).toMatchObject({ x: -1, y: -1 });
    expect(cellsOf(pattern)).toEqual(["O...", ".OOO"]);
  });

  it("accepts CRLF, a byte order mark, blank lines, indentation and trailing spaces", () => {
    const text = "\uFEFF\r\n#Life 1.05\r\n\r\n  #P 1 1\r\n  .*  \r\n\r\n  *.\t\r\n";
    const pattern = parseLife105(text);
    expect(cellsOf(pattern)).toEqual([".O", "O."]);
    expect(pattern).toMatchObject({ x: 1, y: 1 });
  });

  it("reads a headerless file that starts with #P, as WinLifeSearch copies them", () => {
    expect(cellsOf(parseLife105("#P -1 0\n.*\n..*\n***\n"))).toEqual([".O.", "..O", "OOO"]);
  });

  it("reads a file without cells as an empty pattern without a position", () => {
    const pattern = parseLife105("#Life 1.05\n#D nothing\n#P 3 4\n...\n");
    expect(pattern).toMatchObject({ width: 0, height: 0 });
    expect(pattern.x).toBeUndefined();
  });

  it.each([
    ["", 1, 1, 'expected the header "#Life 1.05"'],
    ["**\n", 1, 1, 'expected the header "#Life 1.05"'],
    ["#Life 1.05b\n", 1, 11, 'unexpected text after "#Life 1.05"'],
    ["#Life 1.05\n#P 1\n*\n", 2, 5, 'expected "#P x y" (or a bare "#P"): the y is missing'],
    ["#Life 1.05\n#P 1 2 3\n", 2, 8, 'unexpected "3" after the x and y of "#P"'],
    ["#Life 1.05\n#P one 2\n", 2, 4, 'x must be an integer, got "one"'],
    ["#Life 1.05\n#P 1 1.5\n", 2, 6, 'y must be an integer, got "1.5"'],
    ["#Life 1.05\n#R\n", 2, 3, 'expected a rule after "#R"'],
    ["#Life 1.05\n#R B3/S23 extra\n", 2, 11, 'unexpected "extra" after the rule of "#R"'],
    [
      "#Life 1.05\n#P 0 0\n..*O*\n",
      3,
      4,
      'unexpected "O": a Life 1.05 row holds only "." (dead) and "*" (alive)',
    ],
    [
      "#Life 1.05\n#P 0 0\nOOO\n",
      3,
      1,
      'unexpected "O": expected a "#" line, a row of "." and "*", or the "x y" of a cell in a Life 1.05 file',
    ],
    ["#Life 1.05\n3 x\n", 2, 3, 'y must be an integer, got "x"'],
    [
      "#Life 1.05\n#P 9007199254740990 0\n***\n",
      3,
      1,
      "x 9007199254740992 is too far from the origin",
    ],
  ])("refuses %j at line %i, column %i", (text, line, column, reason) => {
    expect(catchFormatError(() => parseLife105(text))).toMatchObject({ reason, line, column });
  });

  it("refuses a box over the side limit at the row that makes it so", () => {
    const error = catchFormatError(() =>
      parseLife105(`#Life 1.05\n#P 0 0\n*\n#P ${MAX_GRID_SIDE} 5\n.*\n`),
    );
    expect(error).toMatchObject({ line: 5, column: 2 });
    expect(error.reason).toContain(`pattern of ${MAX_GRID_SIDE + 2} x 6 cells is larger than`);
    expect(parseLife105(`#Life 1.05\n*\n#P ${MAX_GRID_SIDE - 1} 0\n*\n`).width).toBe(MAX_GRID_SIDE);
  });
});

describe("parsePattern with Life 1.05", () => {
  it("detects the header, even after blank lines, and a headerless #P file", () => {
    expect(cellsOf(parsePattern(`\n${ACORN}`))).toEqual(cellsOf(parseLife105(ACORN)));
    expect(parsePattern("#P 0 0\n*\n")).toMatchObject({ width: 1, height: 1, x: 0, y: 0 });
  });

  it("still reads an RLE file that starts with XLife's #P comment as RLE", () => {
    const pattern = parsePattern("#P -1 -1\nx = 2, y = 1\n2o!\n");
    expect(cellsOf(pattern)).toEqual(["OO"]);
    expect(pattern.comments).toEqual([{ kind: "P", text: "-1 -1" }]);
  });

  it("passes on its errors", () => {
    expect(catchFormatError(() => parsePattern("#Life 1.05\n#P 0 0\n.x\n"))).toMatchObject({
      line: 3,
      column: 2,
    });
  });
});
