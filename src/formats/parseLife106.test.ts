import { describe, expect, it } from "vitest";
import { MAX_GRID_SIDE } from "../engine/gridLimits.ts";
import { catchFormatError } from "./catchFormatError.ts";
import { cellsOf } from "./cellsOf.ts";
import { parseLife106 } from "./parseLife106.ts";
import { parsePattern } from "./parsePattern.ts";
import { randomPattern } from "./randomPattern.ts";
import { writeLife106 } from "./writeLife106.ts";

const GLIDER = "#Life 1.06\n0 -1\n1 0\n-1 1\n0 1\n1 1\n";
const GLIDER_ROWS = [".O.", "..O", "OOO"];

describe("parseLife106", () => {
  it("reads the glider, moving the box to the top-left", () => {
    const pattern = parseLife106(GLIDER);
    expect(cellsOf(pattern)).toEqual(GLIDER_ROWS);
    expect(pattern).toMatchObject({ width: 3, height: 3, comments: [] });
    expect(pattern.rule).toBeUndefined();
  });

  it("accepts CRLF, a byte order mark, blank lines, tabs, signs and duplicate cells", () => {
    const text = "\uFEFF#Life 1.06\r\n\r\n  +10\t20 \r\n11 20\r\n10 20\r\n  \r\n12 +21\r\n";
    expect(cellsOf(parseLife106(text))).toEqual(["OO.", "..O"]);
  });

  it("keeps #N, #C, #O and #D lines as comments", () => {
    const text = "#Life 1.06\n#N Glider\n#D described\n#C commented\n#O someone\n0 0\n";
    expect(parseLife106(text).comments).toEqual([
      { kind: "N", text: "Glider" },
      { kind: "C", text: "described" },
      { kind: "C", text: "commented" },
      { kind: "O", text: "someone" },
    ]);
  });

  it("reads a file without cells as an empty pattern", () => {
    expect(parseLife106("#Life 1.06\n")).toMatchObject({ width: 0, height: 0, comments: [] });
    expect(parseLife106("#Life 1.06").cells).toHaveLength(0);
  });

  it.each([
    ["1 2\n", 1, 1, 'expected the header "#Life 1.06"'],
    ["\n  #Life 1.05\n", 2, 3, 'expected the header "#Life 1.06"'],
    ["", 1, 1, 'expected the header "#Life 1.06"'],
    ["#Life 1.06 extra\n", 1, 12, 'unexpected text after "#Life 1.06"'],
    ["#Life 1.06\n1 2 3\n", 2, 5, 'unexpected "3" after the x and y of a cell'],
    ["#Life 1.06\n1\n", 2, 2, "expected a y coordinate after the x"],
    ["#Life 1.06\n\u00a0\n", 2, 1, "expected the x and y of a cell"],
    ["#Life 1.06\n0 0\n1.5 2\n", 3, 1, 'x must be an integer, got "1.5"'],
    ["#Life 1.06\n1 -y\n", 2, 3, 'y must be an integer, got "-y"'],
    ["#Life 1.06\n1 --2\n", 2, 3, 'y must be an integer, got "--2"'],
    [
      "#Life 1.06\n1 99999999999999999999\n",
      2,
      3,
      "y 99999999999999999999 is too far from the origin",
    ],
  ])("refuses %j at line %i, column %i", (text, line, column, reason) => {
    expect(catchFormatError(() => parseLife106(text))).toMatchObject({ reason, line, column });
  });

  it("refuses a bounding box over the side limit before allocating it", () => {
    const side = 2 ** 14;
    expect(() => parseLife106(`#Life 1.06\n0 0\n${side - 1} ${side - 1}\n`)).not.toThrow();
    const error = catchFormatError(() => parseLife106(`#Life 1.06\n0 0\n  ${side} ${side - 1}\n`));
    expect(error).toMatchObject({ line: 3, column: 3 });
    expect(error.reason).toContain(`limit of ${MAX_GRID_SIDE} cells a side`);
    expect(() => parseLife106("#Life 1.06\n-2000000000 0\n2000000000 0\n")).toThrow(/limit/);
  });
});

describe("writeLife106", () => {
  it("writes live cells from the top-left of the box, without comments by default", () => {
    const pattern = parseLife106("#Life 1.06\n#N Glider\n0 -1\n1 0\n-1 1\n0 1\n1 1\n");
    expect(writeLife106(pattern)).toBe("#Life 1.06\n1 0\n2 1\n0 2\n1 2\n2 2\n");
    expect(writeLife106(pattern, { comments: true })).toBe(
      "#Life 1.06\n#N Glider\n1 0\n2 1\n0 2\n1 2\n2 2\n",
    );
  });

  it("reads back the live cells of seeded random patterns, cropped to their bounding box", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const pattern = randomPattern(seed, { maxSide: 40, commentKinds: ["N", "C", "O"] });
      const read = parseLife106(writeLife106(pattern, { comments: true }));
      expect(read.comments, `seed ${seed}`).toEqual(pattern.comments);
      expect(cellsOf(read), `seed ${seed}`).toEqual(crop(cellsOf(pattern)));
    }
  });
});

describe("parsePattern with Life 1.06", () => {
  it("detects the header, even indented after blank lines", () => {
    expect(cellsOf(parsePattern(GLIDER))).toEqual(GLIDER_ROWS);
    expect(cellsOf(parsePattern(`\n  ${GLIDER}`))).toEqual(GLIDER_ROWS);
  });

  it("passes on its errors", () => {
    expect(catchFormatError(() => parsePattern("#Life 1.06\n0 x\n"))).toMatchObject({
      line: 2,
      column: 3,
    });
  });
});

/** Rows of `.` and `O` cut down to the bounding box of their `O`s. */
function crop(rows: readonly string[]): string[] {
  const live = rows.map((row, y) => (row.includes("O") ? y : -1)).filter((y) => y >= 0);
  const first = live[0];
  const last = live.at(-1);
  if (first === undefined || last === undefined) return [];
  const kept = rows.slice(first, last + 1);
  const left = Math.min(...kept.map((row) => row.indexOf("O")).filter((x) => x >= 0));
  const right = Math.max(...kept.map((row) => row.lastIndexOf("O")));
  return kept.map((row) => row.slice(left, right + 1));
}
