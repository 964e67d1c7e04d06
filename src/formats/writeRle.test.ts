import { describe, expect, it } from "vitest";
import type { Pattern } from "./Pattern.ts";
import { parseAnyPattern } from "./parseAnyPattern.ts";
import { parseRle } from "./parseRle.ts";
import { patternRuns } from "./patternRuns.ts";
import { writeRle, writeRunsRle } from "./writeRle.ts";

/** Builds a pattern from rows of `.` and `O`. */
function patternOf(rows: readonly string[], extra: Partial<Pattern> = {}): Pattern {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const cells = new Uint8Array(width * rows.length);
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) cells[y * width + x] = row[x] === "O" ? 1 : 0;
  });
  return { width, height: rows.length, cells, comments: [], ...extra };
}

/** The body lines: everything after the header. */
function bodyOf(rle: string): string[] {
  const lines = rle.split("\n");
  const header = lines.findIndex((line) => line.startsWith("x = "));
  return lines.slice(header + 1, -1);
}

describe("writeRle", () => {
  it("writes a glider with comments, header and body", () => {
    const glider = patternOf([".O.", "..O", "OOO"], {
      rule: "B3/S23",
      comments: [
        { kind: "N", text: "Glider" },
        { kind: "C", text: "" },
        { kind: "", text: "plain" },
      ],
    });
    expect(writeRle(glider)).toBe(
      "#N Glider\n#C\n# plain\nx = 3, y = 3, rule = B3/S23\nbo$2bo$3o!\n",
    );
  });

  it("takes the rule from the options, else the pattern, else leaves it out", () => {
    const dot = patternOf(["O"], { rule: "B3/S23" });
    expect(writeRle(dot, { rule: "B36/S23" })).toBe("x = 1, y = 1, rule = B36/S23\no!\n");
    expect(writeRle(dot)).toBe("x = 1, y = 1, rule = B3/S23\no!\n");
    expect(writeRle(patternOf(["O"]))).toBe("x = 1, y = 1\no!\n");
  });

  it("omits trailing dead cells and trailing empty rows, and merges empty rows", () => {
    const pattern = patternOf(["....", "O...", "....", "....", "..OO", "....", "...."]);
    expect(bodyOf(writeRle(pattern))).toEqual(["$o3$2b2o!"]);
    expect(writeRle(patternOf(["...", "..."]))).toBe("x = 3, y = 2\n!\n");
    expect(writeRle({ width: 0, height: 0, cells: new Uint8Array(0), comments: [] })).toBe(
      "x = 0, y = 0\n!\n",
    );
  });

  it("writes multi-digit runs, and cells above state 1 as Golly's multi-state letters", () => {
    const pattern = patternOf([`${".".repeat(12)}${"O".repeat(15)}.O`]);
    expect(bodyOf(writeRle(pattern))).toEqual(["12b15obo!"]);
    const odd = { width: 3, height: 1, cells: Uint8Array.of(2, 0, 255), comments: [] };
    expect(bodyOf(writeRle(odd))).toEqual(["B.yO!"]);
    expect(() => writeRle(odd, { states: 2 })).toThrow(RangeError);
  });

  it("wraps body lines at 70 characters without splitting a run", () => {
    const alternating = patternOf(["O.".repeat(100)]);
    const lines = bodyOf(writeRle(alternating));
    expect(lines[0]).toBe("ob".repeat(35));
    expect(lines.every((line) => line.length <= 70)).toBe(true);
    // Runs of 10 cells make 3-character tokens that do not divide 70: the 24th would straddle.
    const tens = patternOf([("O".repeat(10) + ".".repeat(10)).repeat(30)]);
    const tenLines = bodyOf(writeRle(tens));
    expect(tenLines[0]).toBe(`${"10o10b".repeat(11)}10o`);
    expect(tenLines[1]?.startsWith("10b10o")).toBe(true);
  });

  it("splits comment text that holds line breaks into one comment per line", () => {
    const pattern = patternOf(["O"], { comments: [{ kind: "C", text: "one\ntwo\r\nthree" }] });
    expect(writeRle(pattern)).toBe("#C one\n#C two\n#C three\nx = 1, y = 1\no!\n");
  });
});

describe("writeRunsRle", () => {
  it("writes the same text as writeRle for the same cells", () => {
    const pattern = parseRle("#N Gun\nx = 9, y = 4, rule = B3/S23\n2o5bo$bo2b2o$$8bo!");
    const runs = patternRuns(pattern);
    const options = { rule: "B3/S23", position: { x: -3, y: 7 }, generation: 12n };
    expect(writeRunsRle({ ...runs, comments: pattern.comments }, options)).toBe(
      writeRle(pattern, options),
    );
  });

  it("writes a pattern 2^40 cells wide in a few characters, and reads back", () => {
    const wide = 2 ** 40;
    const text = writeRunsRle({
      width: wide + 1,
      height: 2,
      xs: Float64Array.of(0, wide),
      ys: Float64Array.of(0, 1),
      lengths: Float64Array.of(2, 1),
      states: Uint8Array.of(1, 1),
    });
    expect(text).toBe(`x = ${wide + 1}, y = 2\n2o$${wide}bo!\n`);
    const back = parseAnyPattern(text);
    expect(patternRuns(back).xs).toEqual(Float64Array.of(0, wide));
  });
});
